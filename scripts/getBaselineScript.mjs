// The file `pnpm bench` compares boot against: `waypost.js` as it was on the day the size-and-speed goals were set
// (they are ratios of it: "boot to form 0.44x of today"). Built once from that commit in a temporary git worktree
// (about 30 s), then read from node_modules/.cache on later runs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pnpmCommand as pnpm } from './pnpmCommand.mjs';

/** The last commit before the size-and-speed work: the code whose boot the goals are ratios of. */
export const BASELINE_COMMIT = '801ea5476a4e8fafe9100ee77640580e370dcdb0';

/**
 * `waypost.js` built from `commit`: `{ code }`, or `{ reason }` when it cannot be had (a shallow clone lacks the
 * commit, or its install or build failed).
 *
 * @example const baseline = getBaselineScript(root); if (baseline.code) serve(baseline.code)
 */
export function getBaselineScript(root, commit = BASELINE_COMMIT) {
  const cacheDir = join(root, 'node_modules', '.cache', 'waypost-bench');
  const cached = join(cacheDir, `waypost-${commit.slice(0, 12)}.js`);
  if (existsSync(cached)) return { code: readFileSync(cached, 'utf8') };
  const git = (...args) => execFileSync('git', args, { cwd: root, stdio: 'pipe', encoding: 'utf8' });
  try {
    git('cat-file', '-e', `${commit}^{commit}`);
  } catch {
    return { reason: `commit ${commit.slice(0, 12)} is not in this clone (a shallow one?)` };
  }
  const dir = mkdtempSync(join(tmpdir(), 'waypost-baseline-'));
  try {
    git('worktree', 'add', '--detach', dir, commit);
    const run = (...args) => execFileSync(pnpm[0], [...pnpm[1], ...args], { cwd: dir, stdio: 'pipe' });
    run('install', '--frozen-lockfile', '--prefer-offline');
    run('--filter', './packages/*', '--sort', 'build');
    const code = readFileSync(join(dir, 'packages', 'widget', 'dist', 'waypost.js'), 'utf8');
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cached, code);
    return { code };
  } catch (error) {
    const output = String(error.stderr ?? error.stdout ?? error.message)
      .trim()
      .split('\n')
      .slice(-3)
      .join(' ');
    return { reason: `building ${commit.slice(0, 12)} failed: ${output}` };
  } finally {
    try {
      git('worktree', 'remove', '--force', dir);
    } catch {
      // Never added: only the folder is left to remove.
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
