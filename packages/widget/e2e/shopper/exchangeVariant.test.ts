import { describe, expect, it } from 'vitest';
import { actionButton, openScriptTag, VARIANTS } from '../flows/flowPages.js';
import { saveShot } from '../harness/saveShot.js';
import { useBrowser } from '../harness/useBrowser.js';

describe('an exchange', () => {
  const session = useBrowser();

  it('picks the replacement from the variants the store offers and says "exchange" up to the confirmation', async () => {
    const { host } = await openScriptTag(session, 'W1003', VARIANTS[0]!);
    await actionButton(host, 0).click();
    const form = host.locator('[part~="actions"] form');
    await form.getByLabel('An exchange').check();
    await form.getByLabel('Merino Rib Beanie · Charcoal').check();
    await form.getByLabel('Reason').selectOption('too_small');
    const variant = form.getByLabel('Size or colour you want instead');
    // A list of what the store has, never a free-text box where any size could be typed.
    await expect(variant.evaluate((element) => element.tagName)).resolves.toBe('SELECT');
    await expect(variant.locator('option').allTextContents()).resolves.toEqual(['—', 'Oat', 'Ember']);
    await variant.selectOption('Oat');
    await saveShot(form, 'exchange-variant');
    await form.locator('button[type="submit"]').click();
    await expect(form.textContent()).resolves.toContain('Exchange for Oat');
    await form.getByRole('button', { name: 'Confirm exchange' }).click();
    const done = host.locator('[part~="actions"] [part~="banner"] strong');
    await expect(done.textContent()).resolves.toMatch(/^Exchange RMA-\d{5} started\.$/);
    // Opened again once the order lists the exchange, the beanie says what happened to it.
    await host.locator('[part~="exchange"]').first().waitFor();
    await actionButton(host, 0).click();
    await actionButton(host, 0).click();
    await expect.poll(() => host.locator('[part~="actions"] form').textContent()).toContain('Already exchanged.');
  });

  it('says a refund the exchange covers is covered, not "issued"', async () => {
    const { host } = await openScriptTag(session, 'W1006', VARIANTS[0]!);
    await host.getByRole('button', { name: /View exchange/ }).click();
    await host.locator('[part~="replacement"]').waitFor();
    const refund = host.locator('[part~="return"] p').filter({ hasText: 'covered by your exchange' });
    await expect(refund.textContent()).resolves.toMatch(/^\$[\d.,]+ · covered by your exchange$/);
    await expect(host.locator('[part~="root"]').textContent()).resolves.not.toContain('Refund of');
  });
});
