import { describe, expect, it } from 'vitest';
import { useBrowser } from '../harness/useBrowser.js';
import { actionButton, expectAccessible, openScriptTag, VARIANTS } from './flowPages.js';
import { getFocused } from './getFocused.js';

// Every step is driven from the keyboard (Enter on the focused control), as a shopper without a mouse would.
describe('focus in the self-service panels (script tag)', () => {
  const session = useBrowser();

  it('keeps focus in the return flow: its first error, the review, Change, a failed confirm, Cancel and Escape (W1005)', async () => {
    const opened = await openScriptTag(session, 'W1005', VARIANTS[0]!);
    const { host, page } = opened;
    const toggle = actionButton(host, 0);
    await toggle.press('Enter');
    const form = host.locator('[part~="actions"] form');
    const submit = form.locator('button[type="submit"]');
    await submit.press('Enter');
    // The first submit's error takes focus on the first item, which it describes.
    await expect
      .poll(() => getFocused(host))
      .toMatchObject({ tag: 'input', type: 'checkbox', invalid: 'true', description: 'Choose at least one item.' });
    await page.keyboard.press('Space');
    await form.getByLabel('Reason').selectOption('other');
    await submit.press('Enter');
    await expect.poll(() => getFocused(host)).toMatchObject({ tag: 'h4', text: 'Review' });
    await form.getByRole('button', { name: 'Change' }).press('Enter');
    await expect.poll(() => getFocused(host)).toMatchObject({ tag: 'h4', text: 'Start a return' });
    await expect(form.getByLabel('Reason').inputValue()).resolves.toBe('other');

    // A confirm that cannot reach the store: focus goes to what went wrong, and the button works again.
    await submit.press('Enter');
    await page.route(`${session.server.endpoint}/returns`, (route) => route.abort('connectionreset'));
    await form.getByRole('button', { name: 'Confirm return' }).press('Enter');
    await expect.poll(() => getFocused(host)).toMatchObject({ role: 'alert' });
    await expect(form.getByRole('button', { name: 'Confirm return' }).isEnabled()).resolves.toBe(true);
    await expectAccessible(opened, 'the return review after a failed confirm');

    await form.getByRole('button', { name: 'Change' }).press('Enter');
    await form.getByRole('button', { name: 'Cancel' }).press('Enter');
    await expect
      .poll(() => getFocused(host))
      .toMatchObject({ tag: 'button', text: 'Start a return', expanded: 'false' });
    await expect(form.count()).resolves.toBe(0);

    // Escape anywhere in a panel closes it and gives focus back to its toggle.
    await toggle.press('Enter');
    await form.locator('input[type="checkbox"]').first().focus();
    await page.keyboard.press('Escape');
    await expect(form.count()).resolves.toBe(0);
    await expect
      .poll(() => getFocused(host))
      .toMatchObject({ tag: 'button', text: 'Start a return', expanded: 'false' });
  });

  it('focuses the first error of the report form and ties it to its choices; Cancel gives focus back (W1004)', async () => {
    const opened = await openScriptTag(session, 'W1004', VARIANTS[0]!);
    const { host } = opened;
    await actionButton(host, 2).press('Enter');
    const form = host.locator('[part~="actions"] form');
    const submit = form.locator('button[type="submit"]');
    await submit.press('Enter');
    await expect
      .poll(() => getFocused(host))
      .toMatchObject({ tag: 'input', type: 'radio', invalid: 'true', description: 'Choose a parcel.' });
    await expectAccessible(opened, 'the report form without a parcel');
    const parcels = await form.getByRole('group', { name: 'Which parcel?' }).locator('label').allTextContents();
    await form.getByLabel(parcels.find((label) => label.includes('Delivered'))!).check();
    await submit.press('Enter');
    await expect
      .poll(() => getFocused(host))
      .toMatchObject({ tag: 'input', type: 'radio', invalid: 'true', description: 'Choose what’s wrong.' });
    await form.getByRole('button', { name: 'Cancel' }).press('Enter');
    await expect
      .poll(() => getFocused(host))
      .toMatchObject({ tag: 'button', text: 'Report a problem', expanded: 'false' });
  });
});
