import { describe, expect, it } from 'vitest';
import { useBrowser } from '../harness/useBrowser.js';
import { actionButton, openScriptTag, VARIANTS } from './flowPages.js';

describe('the announcement of a started return (script tag)', () => {
  const session = useBrowser();

  it('stays the confirmation while the order reloads to list the return; the unchanged parcel is not announced (W1003)', async () => {
    const { host, page } = await openScriptTag(session, 'W1003', VARIANTS[0]!);
    // Every text the live region holds from here on, in order.
    await host.evaluate((element) => {
      const region = element.shadowRoot!.querySelector('[role="status"]')!;
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
    const returns = await host.locator('[part~="return"]').count();
    await actionButton(host, 0).click();
    const form = host.locator('[part~="actions"] form');
    await form.getByLabel('Merino Rib Beanie · Charcoal').check();
    await form.getByLabel('Reason').selectOption('too_small');
    await form.locator('button[type="submit"]').click();
    await form.getByRole('button', { name: 'Confirm return' }).click();
    await host.locator('[part~="actions"] [part~="banner"] strong').waitFor();
    // The order has been read again (it lists the new return), and anything that reload would say has been said.
    await expect.poll(() => host.locator('[part~="return"]').count()).toBe(returns + 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    const confirmed = said.findIndex((text) => /^Return RMA-\d{5} started\.$/.test(text));
    expect(confirmed, `the live region said: ${JSON.stringify(said)}`).toBeGreaterThanOrEqual(0);
    expect(said.slice(confirmed).filter((text) => text !== said[confirmed])).toEqual([]);
    await expect(host.locator('[role="status"]').textContent()).resolves.toMatch(/^Return RMA-\d{5} started\.$/);
  });
});
