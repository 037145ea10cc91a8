import { describe, expect, it } from 'vitest';
import { SHOPPER } from '../harness/markup.js';
import { useBrowser } from '../harness/useBrowser.js';
import { actionButton, openScriptTag, VARIANTS } from './flowPages.js';

describe('the alert channels (script tag)', () => {
  const session = useBrowser();

  it('keeps each channel’s own address, and offers another number once text alerts are on (W1008)', async () => {
    const { host } = await openScriptTag(session, 'W1008', VARIANTS[0]!);
    const toggle = actionButton(host, 1);
    await toggle.click();
    const form = host.locator('[part~="actions"] form');
    const email = form.getByLabel('Email address');
    await expect(email.inputValue()).resolves.toBe(SHOPPER.email);
    await form.getByLabel('Text message').check();
    const phone = form.getByLabel('Mobile number, with country code');
    await expect(phone.inputValue()).resolves.toBe('');
    await phone.fill('+14155550100');
    await form.getByLabel('Email', { exact: true }).check();
    await expect(email.inputValue()).resolves.toBe(SHOPPER.email);
    await form.getByLabel('Text message').check();
    await expect(phone.inputValue()).resolves.toBe('+14155550100');

    await form.getByRole('checkbox').check();
    await form.locator('button[type="submit"]').click();
    await host.locator('[part~="actions"] [part~="banner"] strong').waitFor();
    await toggle.click();
    await toggle.click();
    const panel = host.locator('[part~="actions"] [part~="banner"]');
    await expect.poll(() => panel.textContent()).toContain('Alerts are already on for this order (Text message).');
    await expect(panel.getByRole('button').textContent()).resolves.toBe('Use another number');
  });
});
