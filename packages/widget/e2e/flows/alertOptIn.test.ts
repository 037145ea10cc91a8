import { describe, expect, it } from 'vitest';
import { saveShot } from '../harness/saveShot.js';
import { useBrowser } from '../harness/useBrowser.js';
import {
  actionButton,
  expectAccessible,
  type FlowPage,
  openMounted,
  openScriptTag,
  VARIANTS,
  type Variant,
} from './flowPages.js';

/** What the alerts entry says on the next visit after opting in by SMS, in each variant's language. */
const REMEMBERED: Partial<Record<Variant['locale'], string>> = {
  en: 'Alerts on · text message',
  ar: 'التنبيهات مفعَّلة · رسالة نصية',
};

/**
 * Loads the page again in the same browser (its storage kept): the alerts entry itself says alerts are on, by
 * which channel, before any panel opens; the panel then says so too.
 */
async function expectRemembered(opened: FlowPage, variant: Variant) {
  const { host, page } = opened;
  await page.reload();
  await opened.waitForEvent('status', { target: 'w', state: 'ready' });
  const entry = actionButton(host, 1);
  await expect.poll(() => entry.textContent(), { timeout: 10_000 }).toBe(REMEMBERED[variant.locale]);
  await expect(entry.getAttribute('aria-expanded')).resolves.toBe('false');
  if (variant === VARIANTS[0]) await saveShot(host.locator('[part="actions"]'), 'alerts-remembered');
  await entry.click();
  await host.locator('[part~="actions"] [part~="banner"]').waitFor();
  await expect(host.locator('[part~="actions"] form').count()).resolves.toBe(0);
}

/** Opens the alert form, fails validation once, then opts in by SMS. */
async function optIn(opened: FlowPage, label: string, english: boolean) {
  const { host } = opened;
  await actionButton(host, 1).click();
  const form = host.locator('[part~="actions"] form');
  await form.locator('input[type="email"]').waitFor();
  await expectAccessible(opened, `the alert form, ${label}`);
  await form.locator('input[type="radio"]').nth(1).check();
  const phone = form.locator('input[type="tel"]');
  await phone.fill('415 555 0100');
  await form.locator('button[type="submit"]').click();
  await form.locator('.e').nth(1).waitFor();
  await expect(phone.getAttribute('aria-invalid')).resolves.toBe('true');
  await expectAccessible(opened, `the alert form with errors, ${label}`);
  await phone.fill('+1 415 555 0100');
  await form.locator('input[type="checkbox"]').check();
  await form.locator('button[type="submit"]').click();
  await host.locator('[part~="actions"] [part~="banner"] strong').waitFor();
  await opened.waitForEvent('action', { action: 'alert_opt_in', channel: 'sms', milestones: 'key' });
  if (english)
    await expect(host.locator('[part~="actions"] [part~="banner"]').textContent()).resolves.toBe('Alerts are on.');
  await expectAccessible(opened, `the alert confirmation, ${label}`);
}

describe('alert opt-in (W1001)', () => {
  const session = useBrowser();

  for (const variant of VARIANTS) {
    it(`opts in to SMS alerts with consent in the script-tag build (${variant.name})`, async () => {
      const opened = await openScriptTag(session, 'W1001', variant);
      await optIn(opened, variant.name, variant.locale === 'en');
      // The next visit in English and in Arabic (the light variants; dark only repaints the same entry).
      if (variant.theme === 'light') await expectRemembered(opened, variant);
    });
  }

  it('opts in through mount()', async () => {
    const opened = await openMounted(session, 'W1001', VARIANTS[0]!);
    await optIn(opened, 'mount()', true);
  });
});
