// Lints what npm users actually install: each package is packed with pnpm (which rewrites `workspace:*` and
// applies `files`), then publint and Are the Types Wrong read that same tarball. Any finding, even a publint
// suggestion, fails the check. Run after the build: `node scripts/checkPackages.mjs [client|widget|themes|react|vue …]`.
// The packages are packed concurrently. With `WAYPOST_TARBALLS=<folder>` the tarballs are kept there, so the
// integration suite that runs next (scripts/test.mjs) installs these very files instead of packing again.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { pnpmCommand as pnpm } from './pnpmCommand.mjs';

const root = new URL('..', import.meta.url).pathname;

/**
 * The packages are ESM only (`"type": "module"`, no `require` condition), so the `esm-only` profile skips the
 * CommonJS resolutions (`node10`, `node16` from CJS) whose only possible finding is "this is ESM".
 * `./waypost.js` is the script-tag file: a classic script that defines a global and exports nothing, so it has no
 * declarations to find; its types are those of `@waypost/widget`. `./locales/es.js` stands for the wildcard
 * `./locales/*.js`, which attw does not expand by itself.
 */
const attwArgs = {
  client: [],
  themes: [],
  widget: ['--exclude-entrypoints', './waypost.js', '--include-entrypoints', './locales/es.js'],
  react: [],
  vue: [],
};

function pack(name, destination) {
  return new Promise((resolve, reject) => {
    const child = spawn(pnpm[0], [...pnpm[1], 'pack', '--pack-destination', destination], {
      cwd: join(root, 'packages', name),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`[waypost] pnpm pack failed for ${name}:\n${stderr}`));
      const tarball = readdirSync(destination).find((file) => file.endsWith('.tgz'));
      if (!tarball) return reject(new Error(`[waypost] pnpm pack wrote no tarball for ${name}`));
      resolve(join(destination, tarball));
    });
  });
}

async function runPublint(name, tarball) {
  const bytes = readFileSync(tarball);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball: buffer }, level: 'suggestion', strict: true });
  for (const message of messages) {
    console.log(`[waypost] publint @waypost/${name} ${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
  }
  return messages.length;
}

function runAttw(name, tarball) {
  const bin = join(root, 'node_modules', '.bin', 'attw');
  const args = [tarball, '--profile', 'esm-only', '--no-color', '--no-emoji', ...attwArgs[name]];
  const result = spawnSync(bin, args, { cwd: root, encoding: 'utf8' });
  if (result.status === 0) return 0;
  console.log(result.stdout, result.stderr);
  return 1;
}

const names = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(attwArgs);
const kept = process.env.WAYPOST_TARBALLS;
const folders = names.map((name) => {
  if (!kept) return mkdtempSync(join(tmpdir(), `waypost-pack-${name}-`));
  const folder = join(kept, name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return folder;
});
let findings = 0;
try {
  const tarballs = await Promise.all(names.map((name, index) => pack(name, folders[index])));
  for (const [index, name] of names.entries()) {
    const lint = await runPublint(name, tarballs[index]);
    const types = runAttw(name, tarballs[index]);
    console.log(
      `[waypost] packages @waypost/${name}: publint ${lint} finding(s), attw ${types ? 'problems (above)' : 'no problems'}`,
    );
    findings += lint + types;
  }
} finally {
  if (!kept) for (const folder of folders) rmSync(folder, { recursive: true, force: true });
}
process.exit(findings === 0 ? 0 : 1);
