import { expect } from 'vitest';
import { actionButton, expectAccessible, type FlowPage } from './flowPages.js';

/**
 * Drives "Start a return" for the first eligible item of the shown order: form (with the eligibility of every
 * item), review, confirmation; checks axe in each state and the `start_return` event, and that the refreshed
 * order lists one more return.
 *
 * @example await startReturn(opened, 'light, ltr', true, true) // W1005: its rain shell is listed as already returned
 */
export async function startReturn(
  opened: FlowPage,
  label: string,
  english: boolean,
  ineligible = false,
): Promise<void> {
  const { host } = opened;
  const returns = await host.locator('[part~="return"]').count();
  await actionButton(host, 0).click();
  const form = host.locator('[part~="actions"] form');
  await form.locator('input[type="checkbox"]').first().waitFor();
  if (ineligible) await expect(form.textContent()).resolves.toContain('Already returned.');
  await expectAccessible(opened, `the return form, ${label}`);
  await form.locator('button[type="submit"]').click();
  await form.locator('.e').first().waitFor();
  await expectAccessible(opened, `the return form with errors, ${label}`);
  await form.locator('input[type="checkbox"]').first().check();
  await form.locator('select[id$="-r"]').first().selectOption('too_small');
  await form.locator('button[type="submit"]').click();
  await host.locator('[part~="actions"] form .it').waitFor();
  await expectAccessible(opened, `the return review, ${label}`);
  await host.locator('[part~="actions"] form button[type="submit"]').click();
  await host.locator('[part~="actions"] [part~="banner"] strong').waitFor();
  await opened.waitForEvent('action', { action: 'start_return', kind: 'order' });
  if (english) {
    await expect(host.locator('[part~="actions"] [part~="banner"] strong').textContent()).resolves.toMatch(
      /^Return RMA-\d{5} started\.$/,
    );
  }
  await expect.poll(() => host.locator('[part~="return"]').count(), { timeout: 10_000 }).toBe(returns + 1);
  await expectAccessible(opened, `the return confirmation, ${label}`);
}
