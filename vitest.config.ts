import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import vueExample from './examples/vue/vite.config.js';

// One vitest run covers every package: unit tests per package, the time tests under three time zones, and the
// Chromium tests that drive the built script-tag bundle.
//
// `WAYPOST_TEST_DIST=1` runs the unit tests against the built packages instead (`pnpm build` first): package
// imports (`@waypost/client`, `@waypost/themes`) resolve to `dist` (no `waypost-source` condition), and a test's
// import of a client entry file (`createClient.ts`, `index.ts`, `server.ts`, a provider entry) resolves to the
// built entry, so what ships is what is tested. Tests of internal modules keep reading `src`.
const testDist = process.env.WAYPOST_TEST_DIST === '1';
const clientDir = fileURLToPath(new URL('packages/client/', import.meta.url));
const clientEntries: Record<string, string> = {
  'src/createClient.ts': 'dist/index.js',
  'src/index.ts': 'dist/index.js',
  'src/server.ts': 'dist/server.js',
  ...Object.fromEntries(
    ['aftership', 'easypost', 'shippo', 'ship24', '17track', 'karrio', 'shopify'].map((name) => [
      `src/${name}.ts`,
      `dist/${name}.js`,
    ]),
  ),
};
const builtEntries = {
  name: 'waypost-built-entries',
  enforce: 'pre' as const,
  resolveId(source: string, importer: string | undefined) {
    if (!importer?.includes('/__tests__/') || !source.startsWith('.')) return null;
    const file = join(dirname(importer), source).replace(/\.js$/, '.ts');
    const built = file.startsWith(clientDir) ? clientEntries[file.slice(clientDir.length)] : undefined;
    return built ? join(clientDir, built) : null;
  },
};
const resolve = { conditions: testDist ? [] : ['waypost-source'] };
const plugins = testDist ? [builtEntries] : [];
const timeZones = ['America/Los_Angeles', 'UTC', 'Asia/Tokyo'];
// Loaded by every project: `vi.waitFor` waits 10 s by default instead of 1 s (see the file).
const setupFiles = ['vitest.setup.ts'];
// In CI the unit files share two cores with the Chromium files, the integration builds and the typecheck: a test
// that starts Node or a browser can take longer than Vitest's 5 s default without anything being wrong. (Inline
// projects do not inherit the root's test options, so each unit project sets it.)
const testTimeout = 20_000;
// The Node projects and most of the widget's jsdom files share one module graph and one environment per worker
// instead of making them again for every file (measured: the client's files in 14 s instead of 55 s; the widget's
// in 17 s instead of 81 s, most of it jsdom set up 54 times). Their tests keep no state in modules that a later
// file could see. The widget files listed below do (lazily loaded modules, the custom element registry, module
// mocks), and failed in shuffled shared runs: they stay isolated, in a project of their own.
const isolate = false;
const widgetTests = 'packages/widget/src/**/__tests__/**/*.test.{ts,tsx}';
const widgetIsolated = [
  'packages/widget/src/__tests__/packaging.treeShaking.test.ts',
  'packages/widget/src/components/__tests__/ActionBar.test.tsx',
  'packages/widget/src/components/__tests__/App.client.test.tsx',
  'packages/widget/src/embed/__tests__/defineElement.test.ts',
  'packages/widget/src/embed/__tests__/nodeImport.test.ts',
  'packages/widget/src/embed/__tests__/scriptTag.test.ts',
  'packages/widget/src/lazy/__tests__/loadLazy.test.ts',
  'packages/widget/src/features/__tests__/publishRuntime.test.ts',
  'packages/widget/src/i18n/__tests__/catalogs.test.ts',
];
const timeTests = 'packages/client/src/time/**/__tests__/**/*.test.ts';
// Client files that mock a module the others load for real: each runs in a module graph of its own.
const clientIsolated = [
  'packages/client/src/http/__tests__/createClient.watchLoad.test.ts',
  'packages/client/src/http/__tests__/createDeferredSourceClient.load.test.ts',
];

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core CI machine. The unit files get
    // two. The Chromium files run one after another (they share a browser's timing; more at once were slower: 326 s
    // against ~230 s), and Vitest runs such a one-worker project only after every other file, so `pnpm test`
    // (scripts/test.mjs) starts `--project=browser` as a second vitest run beside the unit projects instead.
    maxWorkers: 2,
    projects: [
      {
        resolve,
        plugins,
        test: {
          name: 'client',
          setupFiles,
          testTimeout,
          isolate,
          environment: 'node',
          include: ['packages/client/src/**/__tests__/**/*.test.ts'],
          exclude: [timeTests, ...clientIsolated],
          env: { TZ: 'UTC' },
        },
      },
      {
        resolve,
        plugins,
        test: {
          name: 'client (isolated)',
          setupFiles,
          testTimeout,
          environment: 'node',
          include: clientIsolated,
          env: { TZ: 'UTC' },
        },
      },
      ...timeZones.map((tz) => ({
        resolve,
        test: {
          name: `time (${tz})`,
          setupFiles,
          testTimeout,
          isolate,
          environment: 'node',
          include: [timeTests],
          env: { TZ: tz },
        },
      })),
      {
        resolve,
        test: {
          name: 'themes',
          setupFiles,
          testTimeout,
          isolate,
          environment: 'node',
          include: ['packages/themes/src/**/__tests__/**/*.test.ts'],
        },
      },
      {
        resolve,
        plugins,
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'widget',
          environment: 'jsdom',
          include: [widgetTests],
          exclude: widgetIsolated,
          setupFiles: [...setupFiles, 'packages/widget/src/__tests__/setup.ts'],
          testTimeout,
          isolate,
        },
      },
      {
        resolve,
        plugins,
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'widget (isolated)',
          environment: 'jsdom',
          include: widgetIsolated,
          setupFiles: [...setupFiles, 'packages/widget/src/__tests__/setup.ts'],
          testTimeout,
        },
      },
      {
        // The framework packages run the widget's sources: Preact JSX for those, React JSX in the test files
        // (each says so with an `@jsxImportSource` pragma). Node by default: only the component tests ask for jsdom.
        resolve,
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'react',
          setupFiles,
          testTimeout,
          environment: 'node',
          include: ['packages/react/src/**/__tests__/**/*.test.{ts,tsx}'],
        },
      },
      {
        resolve,
        test: {
          name: 'vue',
          setupFiles,
          testTimeout,
          environment: 'node',
          include: ['packages/vue/src/**/__tests__/**/*.test.ts'],
        },
      },
      {
        // The framework examples import the built packages, as an app installed from npm does (no
        // `waypost-source`: the build runs first). React JSX; Vue files through the Vue example's own Vite plugins.
        // (Not the example's demo API: it is for `pnpm dev`, and tests bring their own client.)
        plugins: vueExample.plugins?.filter(
          (plugin) => !(plugin && 'name' in plugin && plugin.name === 'waypost-demo-api'),
        ),
        oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
        test: {
          name: 'examples',
          setupFiles,
          testTimeout,
          environment: 'jsdom',
          include: ['examples/{react,vue}/**/*.test.{ts,tsx}'],
        },
      },
      {
        resolve,
        test: {
          name: 'browser',
          setupFiles,
          // One module graph for every Chromium file (each still starts its own test server): about 1 s less per
          // file; and one Chromium for the run, which each file connects to.
          isolate,
          globalSetup: ['packages/widget/e2e/harness/startChromium.ts'],
          environment: 'node',
          include: ['packages/widget/e2e/**/*.test.ts', 'examples/**/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // `expect.poll` gives up after 1 s by default: too short for a lazily loaded panel while CI runs the unit
          // files, the integration builds and the typecheck beside these (it failed the demo's every-panel test once).
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
