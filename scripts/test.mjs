// The whole test suite, as the README's Quick start runs it and CI runs it: lint, typecheck, build, the packaging
// lint (publint, attw), every vitest project (unit, time zones, Chromium), the size checks and the integration
// suite (integration/). The last line sums them all: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, '.reports');
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;

function run(label, command, args) {
  console.log(`\n[waypost] ▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    console.log(`[waypost] ✗ ${label} failed`);
  }
}

const bin = (name) => join(root, 'node_modules', '.bin', name);
const pnpm = process.env.npm_execpath
  ? [process.execPath, [process.env.npm_execpath]]
  : ['npx', ['-y', 'pnpm@10.34.9']];
const pnpmRun = (label, ...args) => check(label, pnpm[0], [...pnpm[1], ...args]);

check('lint', bin('biome'), ['ci', '.']);
pnpmRun('typecheck', 'typecheck');
const built = run('build', pnpm[0], [...pnpm[1], 'build']);
if (built) passed += 1;
else failed += 1;
// publint and Are the Types Wrong over the packed tarballs: one check, failed by any finding. The tarballs are
// kept for the integration suite, which installs them instead of packing the same build again.
const tarballs = join(reports, 'tarballs');
rmSync(tarballs, { recursive: true, force: true });
process.env.WAYPOST_TARBALLS = tarballs;
if (built) check('packages', process.execPath, [join(root, 'scripts', 'checkPackages.mjs')]);
else failed += 1;

const json = join(reports, 'vitest.json');
run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`]);
if (existsSync(json)) {
  const report = JSON.parse(readFileSync(json, 'utf8'));
  // A test file that fails to load runs no test: count it as one failure so it cannot go unnoticed.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  );
  passed += report.numPassedTests;
  failed += report.numFailedTests + brokenFiles.length;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
} else {
  failed += 1;
  console.log('[waypost] ✗ vitest wrote no report');
}

if (built) pnpmRun('size', 'size');
else failed += 1;

// The integration suite: packed tarballs installed into fresh apps outside the workspace (Vite vanilla, Preact 10
// and 11, React, Vue, one Next.js app built by Turbopack and by webpack, a three-origin script tag), built for
// production and checked in Chromium. Each app counts as one test, and so does the check that docs/widget.md's
// loadMessages snippet is the file the apps build; a run that writes no report counts as one failure.
const integration = join(reports, 'integration.json');
if (built) {
  rmSync(integration, { force: true });
  run('integration', process.execPath, [join(root, 'integration', 'runIntegration.mjs')]);
  if (existsSync(integration)) {
    const report = JSON.parse(readFileSync(integration, 'utf8'));
    passed += report.passed;
    failed += report.failed;
  } else failed += 1;
} else failed += 1;

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
