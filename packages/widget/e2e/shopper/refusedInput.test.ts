import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getFocus } from '../harness/getFocus.js';
import { SHOPPER, scriptTag, tracker } from '../harness/markup.js';
import { renderPage } from '../harness/renderPage.js';
import { useBrowser } from '../harness/useBrowser.js';

/** A `400 invalid_request` problem as the handler sends it, with `errors`. */
const refuse = (page: Page, errors: Array<{ field: string; message: string }>) =>
  page.route('**/api/waypost/lookup', (route) =>
    route.fulfill({
      status: 400,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'invalid_request',
        detail: 'The lookup is invalid',
        errors,
      }),
    }),
  );

describe('input a lookup cannot take', () => {
  const session = useBrowser();

  const open = async (path: string, locale?: string) => {
    const url = session.server.page(
      path,
      renderPage({ head: scriptTag(), body: tracker({ endpoint: session.server.endpoint, locale }) }),
    );
    const opened = await session.open({ viewport: { width: 390, height: 800 } });
    await opened.page.goto(url);
    return opened;
  };

  const describedBy = (page: Page, name: string) =>
    page
      .locator('#w')
      .getByRole('textbox', { name })
      .evaluate((input) => {
        const root = input.getRootNode() as ShadowRoot;
        return root.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? null;
      });

  it('keeps the form after a Hebrew order number and code, says under the code what it takes and focuses it', async () => {
    const opened = await open('/refused-hebrew');
    const sent = session.server.requests.length;
    const host = opened.page.locator('#w');
    await host.getByRole('textbox', { name: 'Order number' }).fill('הזמנה');
    await host.getByRole('textbox', { name: 'Email or postal code' }).fill('קוד');
    await host.getByRole('textbox', { name: 'Email or postal code' }).press('Enter');

    await host.getByText('Use only the letters A–Z, digits, spaces and hyphens.').waitFor({ timeout: 10_000 });
    await expect(host.getByText('Something went wrong', { exact: false }).count()).resolves.toBe(0);
    await expect(host.getByRole('textbox', { name: 'Order number' }).inputValue()).resolves.toBe('הזמנה');
    await expect(host.getByRole('textbox', { name: 'Email or postal code' }).inputValue()).resolves.toBe('קוד');
    await expect(describedBy(opened.page, 'Email or postal code')).resolves.toBe(
      'Use only the letters A–Z, digits, spaces and hyphens.',
    );
    await expect.poll(() => getFocus(opened.page)).toBe('input[input] "Email or postal code"');
    // The form knows the protocol's rules: this never left the browser.
    expect(session.server.requests.slice(sent).filter((request) => request.path.endsWith('/lookup'))).toEqual([]);
  });

  it('keeps a pasted order number past the 64 characters a lookup takes whole, says so by its field, and never sends it', async () => {
    const opened = await open('/refused-long');
    const sent = session.server.requests.length;
    const host = opened.page.locator('#w');
    const orderNumber = host.getByRole('textbox', { name: 'Order number' });
    await expect(orderNumber.getAttribute('maxlength')).resolves.toBeNull();
    await orderNumber.fill('W'.repeat(20_000));
    await host.getByRole('textbox', { name: 'Email or postal code' }).fill(SHOPPER.postalCode);
    await host.getByRole('button', { name: 'Track' }).click();
    await expect(describedBy(opened.page, 'Order number')).resolves.toBe('Use at most 64 characters.');
    await expect(orderNumber.inputValue()).resolves.toBe('W'.repeat(20_000));
    await expect.poll(() => getFocus(opened.page)).toBe('input[input] "Order number"');
    expect(session.server.requests.slice(sent).filter((request) => request.path.endsWith('/lookup'))).toEqual([]);
  });

  it("puts a 400's field errors under the fields they name, in the page's language, and focuses the first", async () => {
    const opened = await open('/refused-fields', 'de');
    // A server stricter than the widget: these values pass the form's own checks.
    await refuse(opened.page, [
      { field: 'orderNumber', message: 'At most 4 characters' },
      { field: 'postalCode', message: 'Letters, digits, spaces and hyphens only' },
    ]);
    const host = opened.page.locator('#w');
    await host.getByRole('textbox', { name: 'Bestellnummer' }).fill('W1001');
    await host.getByRole('textbox', { name: 'E-Mail-Adresse oder Postleitzahl' }).fill(SHOPPER.postalCode);
    await host.getByRole('button', { name: 'Verfolgen' }).click();

    await opened.waitForEvent('error', { target: 'w', code: 'invalid_request' });
    await opened.waitForEvent('status', { target: 'w', state: 'invalid' });
    await expect(describedBy(opened.page, 'Bestellnummer')).resolves.toBe('Verwenden Sie höchstens 4 Zeichen.');
    await expect(describedBy(opened.page, 'E-Mail-Adresse oder Postleitzahl')).resolves.toBe(
      'Verwenden Sie nur die Buchstaben A–Z, Ziffern, Leerzeichen und Bindestriche.',
    );
    await expect(host.getByText('At most', { exact: false }).count()).resolves.toBe(0);
    await expect(host.getByRole('textbox', { name: 'Bestellnummer' }).inputValue()).resolves.toBe('W1001');
    await expect.poll(() => getFocus(opened.page)).toBe('input[input] "Bestellnummer"');

    // Editing a field clears its message; the other stays until that one is edited too.
    await host.getByRole('textbox', { name: 'Bestellnummer' }).fill('W100');
    await expect(describedBy(opened.page, 'Bestellnummer')).resolves.toBeNull();
    await expect(
      host.getByRole('textbox', { name: 'E-Mail-Adresse oder Postleitzahl' }).getAttribute('aria-invalid'),
    ).resolves.toBe('true');
  });

  it('says so above the form, with focus there, when a 400 names no field the form has', async () => {
    const opened = await open('/refused-general');
    await refuse(opened.page, [{ field: '', message: 'Send exactly one lookup form' }]);
    const host = opened.page.locator('#w');
    await host.getByRole('textbox', { name: 'Order number' }).fill('W1001');
    await host.getByRole('textbox', { name: 'Email or postal code' }).fill(SHOPPER.email);
    await host.getByRole('button', { name: 'Track' }).click();

    await opened.waitForEvent('status', { target: 'w', state: 'invalid' });
    const general = 'Some of these details weren’t accepted. Check them and try again.';
    await expect.poll(() => getFocus(opened.page)).toBe(`div[banner] "${general}"`);
    await expect(host.getByRole('textbox', { name: 'Order number' }).inputValue()).resolves.toBe('W1001');
    await expect(host.getByRole('textbox', { name: 'Email or postal code' }).inputValue()).resolves.toBe(SHOPPER.email);
  });
});
