// The integration suite: packs the packages, installs the tarballs with npm into apps outside the workspace (a
// temporary folder), builds each app for production and checks it in Chromium (see checkPage.mjs). Three installs
// serve eight apps: apps that share dependencies share one node_modules. Each app goes on as soon as what it needs
// is ready: the installs run concurrently, an app builds once its install is done (beside the other builds and
// installs), and is checked once built, one check at a time in one browser.
// Writes `.reports/integration.json` and ends with `N passed, N failed`. KEEP=1 keeps the temporary folder.
// `WAYPOST_TARBALLS=<folder>` reuses the tarballs scripts/checkPackages.mjs kept there instead of packing again.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launchChromium } from '../scripts/launchChromium.mjs';
import { checkPage } from './checkPage.mjs';
import { checkSnippet } from './checkSnippet.mjs';
import { INSTALLS } from './INSTALLS.mjs';
import { serveApp } from './serveApp.mjs';
import { serveFiles } from './serveFiles.mjs';

const root = new URL('..', import.meta.url).pathname;
const here = new URL('.', import.meta.url).pathname;
const packages = ['client', 'themes', 'widget', 'react', 'vue'].filter((name) => {
  try {
    return readdirSync(join(root, 'packages', name)).includes('package.json');
  } catch {
    return false;
  }
});
const temp = mkdtempSync(join(tmpdir(), 'waypost-integration-'));
const secret = randomBytes(32).toString('hex');
const started = Date.now();
const seconds = (since) => Math.round((Date.now() - since) / 100) / 10;

/** Runs a command; resolves with its output, rejects with the output's tail when it fails. */
function exec(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, env: { ...process.env, ...options.env }, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} exited ${code}\n${output.slice(-3000)}`)),
    );
  });
}

const pnpm = process.env.npm_execpath?.includes('pnpm')
  ? [process.execPath, [process.env.npm_execpath]]
  : ['npx', ['-y', 'pnpm@10.34.9']];

/** The tarballs scripts/checkPackages.mjs kept in `WAYPOST_TARBALLS` (packed after this build), if all are there. */
function packedBefore() {
  const kept = process.env.WAYPOST_TARBALLS;
  if (!kept) return null;
  const found = packages.map((name) => {
    const file = existsSync(join(kept, name)) && readdirSync(join(kept, name)).find((f) => f.endsWith('.tgz'));
    return file ? [`@waypost/${name}`, join(kept, name, file)] : null;
  });
  return found.every(Boolean) ? Object.fromEntries(found) : null;
}

async function pack() {
  const reused = packedBefore();
  if (reused) {
    console.log(`[waypost] integration: reusing the tarballs in ${process.env.WAYPOST_TARBALLS}`);
    return reused;
  }
  const into = join(temp, 'tarballs');
  mkdirSync(into);
  await Promise.all(
    packages.map((name) =>
      exec(pnpm[0], [...pnpm[1], 'pack', '--pack-destination', into], { cwd: join(root, 'packages', name) }),
    ),
  );
  return Object.fromEntries(
    readdirSync(into).map((file) => [
      `@waypost/${file.replace(/^waypost-(.*)-\d+\.\d+\.\d+.*\.tgz$/, '$1')}`,
      join(into, file),
    ]),
  );
}

async function install(name, spec, tarballs) {
  const dir = join(temp, name);
  mkdirSync(dir);
  const waypost = Object.fromEntries(Object.entries(tarballs).map(([pkg, file]) => [pkg, `file:${file}`]));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      { name: `waypost-${name}`, private: true, type: 'module', dependencies: { ...spec.dependencies, ...waypost } },
      null,
      2,
    ),
  );
  for (const app of spec.apps)
    for (const template of app.templates) cpSync(join(here, 'apps', template), join(dir, app.dir), { recursive: true });
  const since = Date.now();
  await exec('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'], { cwd: dir });
  return { dir, installSeconds: seconds(since) };
}

async function build(app, cwd) {
  const since = Date.now();
  const bin = (path) => join(cwd, '..', 'node_modules', path);
  if (app.kind === 'vite') await exec(process.execPath, [bin('vite/bin/vite.js'), 'build'], { cwd });
  if (app.kind === 'next') {
    await exec(process.execPath, [bin('next/dist/bin/next'), 'build', ...(app.flags ?? [])], {
      cwd,
      env: { NEXT_TELEMETRY_DISABLED: '1', WAYPOST_SECRET: secret },
    });
  }
  return seconds(since);
}

// One check at a time: checks side by side would share the browser's timing (and the machine's two cores).
let checking = Promise.resolve();
function inTurn(task) {
  const run = checking.then(task);
  checking = run.catch(() => {});
  return run;
}

/** Builds one installed app, then checks it in Chromium; resolves with its result (never rejects). */
async function buildAndCheck(app, cwd, { browser, storeUrl }) {
  const result = { app: app.name, problems: [] };
  try {
    result.buildSeconds = await build(app, cwd);
    await inTurn(async () => {
      const since = Date.now();
      const site = await serveApp(app, cwd, { secret, storeUrl });
      try {
        result.problems.push(...(await checkPage(browser, site.url, { prerendered: app.kind === 'next' })));
      } finally {
        await site.close();
      }
      result.checkSeconds = seconds(since);
    });
  } catch (error) {
    result.problems.push(`${result.buildSeconds === undefined ? 'build' : 'check'}: ${error.message}`);
  }
  const status = result.problems.length ? '✗' : '✓';
  console.log(
    `[waypost] integration ${status} ${app.name} (build ${result.buildSeconds ?? '-'} s, check ${result.checkSeconds ?? '-'} s, at ${seconds(started)} s)`,
  );
  for (const problem of result.problems) console.log(`    ${problem}`);
  return result;
}

const results = [];
let browser;
let store;
const snippet = {
  app: 'docs/widget.md: the loadMessages snippet',
  problems: checkSnippet(join(root, 'docs/widget.md'), join(here, 'apps/react-page/loadMessages.js')),
};
results.push(snippet);
console.log(`[waypost] integration ${snippet.problems.length ? '✗' : '✓'} ${snippet.app}`);
for (const problem of snippet.problems) console.log(`    ${problem}`);
try {
  const since = Date.now();
  const tarballs = await pack();
  console.log(`[waypost] integration: packed ${Object.keys(tarballs).join(', ')} in ${seconds(since)} s`);
  // The demo orders' product images, on a store origin of their own.
  store = await serveFiles({ root: join(root, 'examples/storefront/public') });
  browser = await launchChromium(chromium);
  const context = { browser, storeUrl: store.url };
  const perInstall = await Promise.all(
    Object.entries(INSTALLS).map(async ([name, spec]) => {
      let installed;
      try {
        installed = await install(name, spec, tarballs);
      } catch (error) {
        return spec.apps.map((app) => ({ app: app.name, problems: [`install ${name}: ${error.message}`] }));
      }
      console.log(`[waypost] integration: npm install ${name} ${installed.installSeconds} s`);
      return Promise.all(spec.apps.map((app) => buildAndCheck(app, join(installed.dir, app.dir), context)));
    }),
  );
  results.push(...perInstall.flat());
} catch (error) {
  console.error('[waypost] integration: could not run', error);
  results.push({ app: 'setup', problems: [String(error?.message ?? error)] });
} finally {
  await browser?.close();
  await store?.close();
  // Deleting the installs (~650 MB of node_modules) took 37 s on a busy 2-core machine: a detached `rm` does it,
  // and the result does not wait for it.
  if (!process.env.KEEP) spawn('rm', ['-rf', temp], { detached: true, stdio: 'ignore' }).unref();
  else console.log(`[waypost] integration: kept ${temp}`);
}

const passed = results.filter((result) => result.problems.length === 0).length;
const failed = results.length - passed;
mkdirSync(join(root, '.reports'), { recursive: true });
writeFileSync(
  join(root, '.reports', 'integration.json'),
  JSON.stringify({ passed, failed, seconds: seconds(started), results }, null, 2),
);
console.log(`[waypost] integration: ${seconds(started)} s in all`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
