import { describe, expect, it } from 'vitest';
import { actionButton, openScriptTag, VARIANTS } from '../flows/flowPages.js';
import { saveShot } from '../harness/saveShot.js';
import { useBrowser } from '../harness/useBrowser.js';

describe('self-service where the question arises', () => {
  const session = useBrowser();

  it('offers alerts and report-a-problem right under a delayed parcel’s banner, with the types a late parcel can have', async () => {
    const { host } = await openScriptTag(session, 'W1002', VARIANTS[0]!);
    const parcel = host.locator('[part~="shipment"]');
    const help = parcel.locator('[part~="parcel-actions"]');
    await help.getByRole('button', { name: 'Report a problem' }).waitFor();
    // Directly after the banner, ahead of the estimate, the carrier and the history.
    const order = await parcel.evaluate((card) =>
      [...card.children].map((child) => child.getAttribute('part') ?? child.className),
    );
    expect(order.indexOf('actions parcel-actions')).toBe(order.indexOf('banner') + 1);
    await expect(help.locator('.row > button').allTextContents()).resolves.toEqual([
      'Get delivery alerts',
      'Report a problem',
    ]);
    // A group of the parcel, not a second region named "Need help?" beside the order's own (axe's landmark-unique).
    await expect(help.getAttribute('role')).resolves.toBe('group');
    await host.locator('[part="actions"]').getByRole('button', { name: 'Start a return' }).waitFor();
    await expect(host.getByRole('region', { name: 'Need help?' }).count()).resolves.toBe(1);
    await expect(parcel.getByRole('group', { name: 'Need help?' }).count()).resolves.toBe(1);
    await help.getByRole('button', { name: 'Report a problem' }).click();
    const form = help.locator('form');
    await form.locator('fieldset label').first().waitFor();
    await expect(form.locator('fieldset label').allTextContents()).resolves.toEqual([
      'It’s running late',
      'Something else',
    ]);
    await saveShot(help, 'help-in-context');
  });

  it('asks which parcel on a multi-parcel order, and pre-fills the alerts form with the looked-up email', async () => {
    const { host } = await openScriptTag(session, 'W1004', VARIANTS[0]!);
    await actionButton(host, 2).click();
    const form = host.locator('[part="actions"] form');
    await form.getByRole('group', { name: 'Which parcel?' }).waitFor();
    const parcels = await form.getByRole('group', { name: 'Which parcel?' }).locator('label').allTextContents();
    expect(parcels).toHaveLength(3);
    const delivered = parcels.find((label) => label.includes('Delivered'))!;
    await form.getByLabel(delivered).check();
    await expect(form.getByLabel('It arrived damaged').count()).resolves.toBe(1);
    await expect(form.getByLabel('It’s running late').count()).resolves.toBe(0);
    await saveShot(form, 'report-which-parcel');
    await actionButton(host, 1).click();
    const email = host.locator('[part="actions"] form').getByLabel('Email address');
    await expect(email.inputValue()).resolves.toBe('shopper@example.com');
  });
});
