// The whole test suite, as the README's Quick start runs it and CI runs it: lint, typecheck, build, the packaging
// lint (publint, attw), every vitest project (unit, time zones, Chromium), the size checks and the integration
// suite (integration/). The last line sums them all: `N passed, N failed`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pnpmCommand as pnpm } from './pnpmCommand.mjs';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, '.reports');
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;

const seconds = (since) => `${((performance.now() - since) / 1_000).toFixed(1)} s`;

// Runs one step and resolves with whether it passed. A step that runs beside others has its output held and
// printed whole when it ends, so steps never interleave; at most one step at a time prints as it goes (`live`).
function run(label, command, args, { live = true } = {}) {
  const started = performance.now();
  const header = `\n[waypost] ▶ ${label}: ${command} ${args.join(' ')}`;
  if (live) console.log(header);
  const child = spawn(command, args, {
    cwd: root,
    env: live ? process.env : { ...process.env, FORCE_COLOR: '1' },
    stdio: live ? 'inherit' : 'pipe',
  });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    // A command that cannot start fails its step (and `close` follows).
    child.on('error', (error) => output.push(Buffer.from(`${error}\n`)));
    child.on('close', (code) => {
      if (!live) console.log(header);
      process.stdout.write(Buffer.concat(output));
      console.log(`[waypost] ${label}: ${seconds(started)}`);
      resolve(code === 0);
    });
  });
}

function count(label, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.log(`[waypost] ✗ ${label} failed`);
  }
}

async function check(label, command, args) {
  count(label, await run(label, command, args));
}

const bin = (name) => join(root, 'node_modules', '.bin', name);
const pnpmRun = (label, ...args) => check(label, pnpm[0], [...pnpm[1], ...args]);

const suiteStarted = performance.now();
await check('lint', bin('biome'), ['ci', '.']);
const built = await run('build', pnpm[0], [...pnpm[1], 'build']);
count('build', built);
// publint and Are the Types Wrong over the packed tarballs: one check, failed by any finding. The tarballs are
// kept for the integration suite, which installs them instead of packing the same build again.
const tarballs = join(reports, 'tarballs');
rmSync(tarballs, { recursive: true, force: true });
process.env.WAYPOST_TARBALLS = tarballs;
if (built) await check('packages', process.execPath, [join(root, 'scripts', 'checkPackages.mjs')]);
else failed += 1;

// Two vitest runs side by side: the unit projects on two workers, and the Chromium files one after another (they
// share a browser's timing). In one run Vitest puts a one-worker project in a group of its own after every other
// file, so the Chromium files, the longest chain, would only start once the unit files were done.
function countVitest(label, json) {
  if (!existsSync(json)) {
    failed += 1;
    console.log(`[waypost] ✗ ${label} wrote no report`);
    return;
  }
  const report = JSON.parse(readFileSync(json, 'utf8'));
  // A test file that fails to load runs no test: count it as one failure so it cannot go unnoticed.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  );
  passed += report.numPassedTests;
  failed += report.numFailedTests + brokenFiles.length;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
const vitestRuns = [
  { label: 'vitest (unit)', project: '!browser', json: join(reports, 'vitest-unit.json'), live: true },
  { label: 'vitest (Chromium)', project: 'browser', json: join(reports, 'vitest-browser.json'), live: false },
];
for (const { json } of vitestRuns) rmSync(json, { force: true });

// The integration suite: packed tarballs installed into fresh apps outside the workspace (Vite vanilla, Preact 10
// and 11, React, Vue, one Next.js app built by Turbopack and by webpack, a three-origin script tag), built for
// production and checked in Chromium. Each app counts as one test, and so does the check that docs/widget.md's
// loadMessages snippet is the file the apps build; a run that writes no report counts as one failure. It runs
// beside the vitest runs: its installs wait on the network, and its builds take the CPU the Chromium chain leaves.
const integration = join(reports, 'integration.json');
rmSync(integration, { force: true });
// The typecheck joins them: a package's imports of another resolve to its built types, complete by now (while
// the build still writes them, the typecheck could read half of them).
const [typechecked] = await Promise.all([
  run('typecheck', pnpm[0], [...pnpm[1], 'typecheck'], { live: false }),
  ...vitestRuns.map(({ label, project, json, live }) =>
    run(
      label,
      bin('vitest'),
      ['run', `--project=${project}`, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`],
      { live },
    ),
  ),
  built
    ? run('integration', process.execPath, [join(root, 'integration', 'runIntegration.mjs')], { live: false })
    : undefined,
]);
count('typecheck', typechecked);
for (const { label, json } of vitestRuns) countVitest(label, json);
if (built && existsSync(integration)) {
  const report = JSON.parse(readFileSync(integration, 'utf8'));
  passed += report.passed;
  failed += report.failed;
} else failed += 1;

if (built) await pnpmRun('size', 'size');
else failed += 1;

console.log(`\n[waypost] the whole suite: ${seconds(suiteStarted)}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
