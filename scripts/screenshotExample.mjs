// Regenerates a framework example's README screenshot: `node scripts/screenshotExample.mjs react|vue` (or
// `pnpm screenshot` in the example). Starts the example's Vite dev server (with its demo API) on a free port, opens
// it in Chromium, waits for the order and writes `examples/<name>/screenshot.png`. Needs Chromium at
// /usr/bin/chromium (or CHROMIUM_PATH) and the built packages (`pnpm build`).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './launchChromium.mjs';

const name = process.argv[2];
if (name !== 'react' && name !== 'vue') {
  console.error('[waypost] usage: node scripts/screenshotExample.mjs react|vue');
  process.exit(1);
}
const root = join(new URL('..', import.meta.url).pathname, 'examples', name);
// Vite and playwright-core are the example's own dependencies, not the repository root's.
const require = createRequire(join(root, 'package.json'));
const { createServer } = await import(pathToFileURL(require.resolve('vite')).href);
const { chromium } = require('playwright-core');

const server = await createServer({ root, configFile: join(root, 'vite.config.ts'), server: { port: 0 } });
await server.listen();
const browser = await launchChromium(chromium);
try {
  const page = await browser.newPage({
    viewport: { width: 1024, height: 900 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
  });
  await page.goto(server.resolvedUrls.local[0]);
  await page.getByRole('heading', { name: 'Order W1001' }).waitFor({ timeout: 30_000 });
  await page.getByText('ready', { exact: true }).waitFor();
  await page.waitForTimeout(500);
  const output = join(root, 'screenshot.png');
  await page.screenshot({ path: output, fullPage: true });
  console.log(`[waypost] wrote ${output}`);
} finally {
  await browser.close();
  await server.close();
}
