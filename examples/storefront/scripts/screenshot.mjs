// Regenerates the README's screenshot: `node examples/storefront/scripts/screenshot.mjs [ORDER] [OUTPUT]`.
// Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH) and a built widget (`pnpm build`).
import { chromium } from 'playwright-core';
import { launchChromium } from '../../../scripts/launchChromium.mjs';
import { startDemo } from '../server/startDemo.mjs';

const order = process.argv[2] ?? 'W1002';
const output = process.argv[3] ?? new URL('../screenshot.png', import.meta.url).pathname;
const demo = await startDemo({ port: 0 });
const browser = await launchChromium(chromium);
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
  });
  await page.goto(`${demo.url}/track.html`);
  await page.click(`button[data-order="${order}"]`);
  await page.locator('waypost-tracker').getByText(new RegExp(order)).first().waitFor({ timeout: 15_000 });
  // Open "why the date changed" when the order has one: it is the part no other tracker shows.
  const why = page
    .locator('waypost-tracker')
    .getByText(/why the date changed/i)
    .first();
  if (await why.count()) await why.click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: output, fullPage: true });
  console.log(`[waypost] wrote ${output}`);
} finally {
  await browser.close();
  await demo.close();
}
