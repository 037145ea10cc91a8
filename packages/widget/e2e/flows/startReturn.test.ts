import { describe, expect, it } from 'vitest';
import { useBrowser } from '../harness/useBrowser.js';
import { actionButton, openScriptTag, VARIANTS } from './flowPages.js';
import { startReturn } from './startReturnSteps.js';

// Each run returns a different eligible item: the demo remembers returns for as long as the test server lives.
const orders = ['W1005', 'W1003', 'W1004', 'W1003'];

describe('start a return (script tag)', () => {
  const session = useBrowser();

  VARIANTS.forEach((variant, index) => {
    it(`starts a return in the widget and confirms it (${variant.name})`, async () => {
      const opened = await openScriptTag(session, orders[index]!, variant);
      await startReturn(
        opened,
        variant.name,
        variant.locale === 'en',
        orders[index] === 'W1005' && variant.locale === 'en',
      );
    });
  });

  it('says why nothing on an order can be returned, and offers no choice and no "Review" (W1007)', async () => {
    const { host } = await openScriptTag(session, 'W1007', VARIANTS[0]!);
    await actionButton(host, 0).click();
    const form = host.locator('[part~="actions"] form');
    await form.getByRole('button', { name: 'Close' }).waitFor();
    await expect(form.textContent()).resolves.toContain('None of these items can be returned here.');
    await expect(form.getByText('You can return this once it’s delivered.').count()).resolves.toBe(2);
    await expect(form.locator('input, select').count()).resolves.toBe(0);
    await expect(form.getByRole('button').allTextContents()).resolves.toEqual(['Close']);
  });
});
