import { describe, expect, it } from 'vitest';
import { useBrowser } from '../harness/useBrowser.js';
import { actionButton, expectAccessible, type FlowPage, openMounted, openScriptTag, VARIANTS } from './flowPages.js';

/** Reports a damaged parcel through the API and checks the reference number. */
async function report(opened: FlowPage, label: string, english: boolean) {
  const { host } = opened;
  // W1003 is delivered with every item shipped: its bar offers a return, a report and the questions, no alerts.
  await actionButton(host, 1).click();
  const form = host.locator('[part~="actions"] form');
  await form.locator('input[type="radio"]').first().waitFor();
  await form.locator('button[type="submit"]').click();
  await form.locator('.e').waitFor();
  await expectAccessible(opened, `the report form with an error, ${label}`);
  await form.locator('input[type="radio"]').nth(1).check();
  await form.locator('textarea').fill('The box arrived crushed.');
  await form.locator('button[type="submit"]').click();
  const banner = host.locator('[part~="actions"] [part~="banner"]');
  await banner.locator('strong').waitFor();
  await opened.waitForEvent('action', { action: 'report_issue', issueType: 'damaged', routing: 'api' });
  await expect(banner.textContent()).resolves.toMatch(/WP-\d{4}/);
  if (english) await expect(banner.textContent()).resolves.toMatch(/^Thanks, we’re on it\.Your reference: WP-\d{4}$/);
  await expectAccessible(opened, `the report confirmation, ${label}`);
}

describe('report an issue (W1003)', () => {
  const session = useBrowser();

  for (const variant of VARIANTS) {
    it(`reports a problem and shows the reference in the script-tag build (${variant.name})`, async () => {
      const opened = await openScriptTag(session, 'W1003', variant);
      await report(opened, variant.name, variant.locale === 'en');
    });
  }

  it('reports a problem through mount()', async () => {
    const opened = await openMounted(session, 'W1003', VARIANTS[0]!);
    await report(opened, 'mount()', true);
  });
});
