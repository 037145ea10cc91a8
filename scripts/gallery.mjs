// `pnpm gallery`: renders the order view in every theme preset, light and dark, in Chromium, writes the
// screenshots to docs/gallery/<preset>-<scheme>.png, and runs axe-core on each (0 serious or critical findings, or
// the script fails). It serves the built script-tag bundle and a handler over demoSource() from one local server,
// so run `pnpm build` first (`pnpm gallery` does).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { launchChromium } from './launchChromium.mjs';

const root = new URL('..', import.meta.url);
const at = (path) => new URL(path, root);
const presets = ['auto', 'minimal', 'bold', 'soft', 'monochrome'];
const schemes = ['light', 'dark'];
const order = { number: 'W1002', email: 'shopper@example.com' };

const bundlePath = at('packages/widget/dist/waypost.js');
const serverPath = at('packages/client/dist/server.js');
const themesPath = at('packages/themes/dist/index.js');
for (const path of [bundlePath, serverPath, themesPath]) {
  if (!existsSync(path)) fail(`${path.pathname.slice(root.pathname.length)} is missing; run \`pnpm build\` first`);
}
const { createHandler, demoSource, toNodeListener } = await import(serverPath.href);
if (typeof demoSource !== 'function') fail('@waypost/client/server has no demoSource; rebuild it with `pnpm build`');
const { PRESETS } = await import(themesPath.href);

// playwright-core and axe-core are development dependencies of @waypost/themes.
const require = createRequire(at('packages/themes/package.json'));
const { chromium } = require('playwright-core');
const axePath = require.resolve('axe-core/axe.min.js');

const bundle = readFileSync(bundlePath);
let api;
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (url.pathname.startsWith('/api/waypost')) return api(request, response);
  if (url.pathname === '/waypost.js') return send(response, 'text/javascript; charset=utf-8', bundle);
  // Presets other than auto/light/dark, locale catalogs, the result views (order, return, exchange) and the
  // modules that load after the first paint (the "Need help?" entries, also the ones beside the delayed parcel's
  // banner, live updates) load on demand from next to the script.
  const asset =
    /^\/((themes|locales)\/[a-z0-9-]+|result|actions|records|features|live)\.js$/.test(url.pathname) &&
    at(`packages/widget/dist${url.pathname}`);
  if (asset && existsSync(asset)) return send(response, 'text/javascript; charset=utf-8', readFileSync(asset));
  if (url.pathname.startsWith('/images/')) return send(response, 'image/svg+xml', getProductImage(url.pathname));
  if (url.pathname === '/') {
    const page = renderPage(url.searchParams.get('theme') ?? 'auto', `http://${request.headers.host}`);
    return send(response, 'text/html; charset=utf-8', page);
  }
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
api = toNodeListener(
  createHandler({
    source: demoSource({ storeUrl: origin }),
    secret: randomBytes(32).toString('hex'),
    basePath: '/api/waypost',
    rateLimit: false,
  }),
);

const outDir = at('docs/gallery/');
mkdirSync(outDir, { recursive: true });
const browser = await launchChromium(chromium);

let findings = 0;
try {
  for (const preset of presets) {
    for (const colorScheme of schemes) {
      const context = await browser.newContext({
        viewport: { width: 640, height: 900 },
        colorScheme,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.log(`[waypost] gallery ${preset}-${colorScheme}: ${error.message}`));
      await page.goto(`${origin}/?theme=${preset}`);
      await page.waitForFunction(
        () => document.querySelector('waypost-tracker')?.shadowRoot?.querySelector('[part~="shipment"]'),
        undefined,
        { timeout: 20_000 },
      );
      // The delayed parcel's own "Need help?" entries arrive with the actions module, after the first paint.
      await page.waitForFunction(
        () => document.querySelector('waypost-tracker')?.shadowRoot?.querySelector('[part~="parcel-actions"] button'),
        undefined,
        { timeout: 20_000 },
      );
      // Presets other than auto load a moment after the script: wait until the preset's surface is in place. The
      // custom property can hold `light-dark(…)` (the auto preset), so compare the painted background, resolved.
      const expected = PRESETS[preset][PRESETS[preset].scheme === 'auto' ? colorScheme : PRESETS[preset].scheme];
      const surfaces = () => {
        const probe = document.createElement('div');
        probe.style.background = document.documentElement.dataset.expected;
        document.body.append(probe);
        const want = getComputedStyle(probe).backgroundColor;
        probe.remove();
        const root = document.querySelector('waypost-tracker').shadowRoot.querySelector('[part~="root"]');
        return { want, actual: getComputedStyle(root).backgroundColor };
      };
      await page.evaluate((value) => {
        document.documentElement.dataset.expected = value;
      }, expected['color-surface']);
      await page
        .waitForFunction(`(({ want, actual }) => want === actual)((${surfaces})())`, undefined, { timeout: 10_000 })
        .catch(async () => {
          const { want, actual } = await page.evaluate(`(${surfaces})()`);
          fail(`${preset}-${colorScheme}: the surface is ${actual}, expected ${want}`);
        });
      await page.evaluate(() => document.fonts.ready);
      const file = new URL(`${preset}-${colorScheme}.png`, outDir);
      await page.locator('waypost-tracker').screenshot({ path: file.pathname, animations: 'disabled' });
      const serious = await runAxe(page);
      findings += serious.length;
      const verdict = serious.length === 0 ? 'axe: 0 serious/critical' : `axe: ${serious.length} serious/critical`;
      console.log(`[waypost] gallery ${preset}-${colorScheme}.png written; ${verdict}`);
      for (const finding of serious) console.log(`  ${finding}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (findings > 0) fail(`axe reported ${findings} serious or critical findings`);

/** The storefront page: a neutral background in the shopper's scheme and one tracker showing the order. */
function renderPage(theme, pageOrigin) {
  const attributes = {
    endpoint: `${pageOrigin}/api/waypost`,
    order: order.number,
    email: order.email,
    theme,
    locale: 'en-US',
    'time-zone': 'America/Los_Angeles',
    'brand-name': 'Northwind Supply',
    live: 'false',
  };
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => `${name}="${value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}"`)
    .join(' ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Waypost gallery: ${theme}</title>
<meta name="color-scheme" content="light dark">
<style>
  body { margin: 0; padding: 24px; background: #f2f2f2; font-family: system-ui, sans-serif; }
  @media (prefers-color-scheme: dark) { body { background: #000000; } }
  waypost-tracker { display: block; max-width: 592px; }
</style>
<script src="/waypost.js" defer></script>
</head>
<body>
<main><h1 style="position: absolute; left: -9999px">Track your order</h1><waypost-tracker ${attributeText}></waypost-tracker></main>
</body>
</html>`;
}

/** Serious and critical axe-core findings (WCAG 2 A/AA and 2.2 AA rules) on the page, shadow roots included. */
async function runAxe(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`);
  });
}

function send(response, type, body) {
  response.writeHead(200, { 'content-type': type });
  response.end(body);
}

/** The demo storefront's product image when an example ships it, else a plain placeholder tile. */
function getProductImage(pathname) {
  const name = pathname.slice('/images/'.length);
  if (/^[a-z0-9-]+\.svg$/.test(name)) {
    for (const example of existsSync(at('examples/')) ? readdirSync(at('examples/')) : []) {
      for (const dir of ['public/images', 'images', 'static/images', 'assets/images']) {
        const file = at(`examples/${example}/${dir}/${name}`);
        if (existsSync(file)) return readFileSync(file);
      }
    }
  }
  return '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#d9d4cc"/><path d="M8 50 26 26l10 13 7-8 13 19z" fill="#a39a8c"/><circle cx="46" cy="18" r="6" fill="#a39a8c"/></svg>';
}

function fail(message) {
  console.error(`[waypost] gallery: ${message}`);
  process.exit(1);
}
