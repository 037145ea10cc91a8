// Prints the height of the demo's account page once every order on it has loaded:
// `node examples/storefront/scripts/accountHeight.mjs [WIDTH]`. Needs Chromium (see scripts/launchChromium.mjs) and a
// built widget (`pnpm build`).
import { chromium } from 'playwright-core';
import { launchChromium } from '../../../scripts/launchChromium.mjs';
import { demoOrders } from '../server/demoOrders.mjs';
import { startDemo } from '../server/startDemo.mjs';

const width = Number(process.argv[2] ?? 1280);
const demo = await startDemo({ port: 0 });
const browser = await launchChromium(chromium);
try {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1, locale: 'en-US' });
  await page.goto(`${demo.url}/account.html`);
  // Every order's number shows once it has loaded, as a line of the list or a tracker's heading.
  for (const { number } of demoOrders) {
    await page
      .locator('waypost-tracker')
      .getByText(new RegExp(`Order ${number}`))
      .first()
      .waitFor({ timeout: 20_000 });
  }
  await page.waitForTimeout(500);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`[waypost] account page at ${width} px wide: ${height.toLocaleString('en-US')} px tall`);
} finally {
  await browser.close();
  await demo.close();
}
