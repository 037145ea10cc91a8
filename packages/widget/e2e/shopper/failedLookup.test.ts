import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag, tracker } from '../harness/markup.js';
import { renderPage } from '../harness/renderPage.js';
import { saveShot } from '../harness/saveShot.js';
import { useBrowser } from '../harness/useBrowser.js';

describe('a failed lookup', () => {
  const session = useBrowser();

  const open = async (path: string) => {
    const url = session.server.page(
      path,
      renderPage({ head: scriptTag(), body: tracker({ endpoint: session.server.endpoint }) }),
    );
    const opened = await session.open({ viewport: { width: 390, height: 800 } });
    await opened.page.goto(url);
    return opened;
  };

  it('keeps both values after a wrong email and puts the message under the email field, with focus there', async () => {
    const opened = await open('/failed-email');
    const host = opened.page.locator('#w');
    await host.getByRole('textbox', { name: 'Order number' }).fill('W1001');
    await host.getByRole('textbox', { name: 'Email or postal code' }).fill('someone@example.com');
    await host.getByRole('button', { name: 'Track' }).click();
    await opened.waitForEvent('status', { target: 'w', state: 'verification_failed' });

    const contact = host.getByRole('textbox', { name: 'Email or postal code' });
    await expect(contact.inputValue()).resolves.toBe('someone@example.com');
    await expect(host.getByRole('textbox', { name: 'Order number' }).inputValue()).resolves.toBe('W1001');
    await expect(contact.getAttribute('aria-invalid')).resolves.toBe('true');
    const described = await contact.evaluate((input) => {
      const root = input.getRootNode() as ShadowRoot;
      return root.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent;
    });
    expect(described).toContain('don’t match');
    await expect(
      contact.evaluate((input) => (input.getRootNode() as ShadowRoot).activeElement === input),
    ).resolves.toBe(true);
    await saveShot(host, 'failed-lookup');

    // Editing the field clears the source's message; a right contact then finds the order.
    await contact.fill(SHOPPER.email);
    await expect(contact.getAttribute('aria-invalid')).resolves.toBeNull();
    await contact.press('Enter');
    await host.getByRole('heading', { name: 'Order W1001' }).waitFor();
  });

  it('keeps the tracking-number mode after an unknown tracking number and says so by that field', async () => {
    const opened = await open('/failed-tracking');
    const host = opened.page.locator('#w');
    await host.getByRole('radio', { name: 'Tracking number' }).check();
    await host.getByRole('textbox', { name: 'Tracking number' }).fill('1Z0000NOPE');
    await host.getByRole('textbox', { name: 'Tracking number' }).press('Enter');
    await opened.waitForEvent('status', { target: 'w', state: 'not_found' });

    await expect(host.getByRole('radio', { name: 'Tracking number' }).isChecked()).resolves.toBe(true);
    const field = host.getByRole('textbox', { name: 'Tracking number' });
    await expect(field.inputValue()).resolves.toBe('1Z0000NOPE');
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(
      host.getByText('We couldn’t find that tracking number. Check it and try again.').count(),
    ).resolves.toBe(1);
    await expect(host.getByText(/couldn’t find that order/).count()).resolves.toBe(0);
    await expect(field.evaluate((input) => (input.getRootNode() as ShadowRoot).activeElement === input)).resolves.toBe(
      true,
    );
  });
});
