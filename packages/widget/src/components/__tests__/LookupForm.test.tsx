import { fireEvent, within } from '@testing-library/preact';
import { InvalidRequestError, RateLimitError } from '@waypost/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestClient } from '../../__tests__/createTestClient.js';
import { flush, mountForTest } from '../../__tests__/mountForTest.js';
import { sampleOrderResult } from '../../__tests__/sampleResult.js';

async function form(options = {}, answer: Parameters<typeof createTestClient>[0] = () => sampleOrderResult()) {
  const client = createTestClient(answer);
  const mounted = mountForTest({ client, ...options });
  await flush();
  return { ...mounted, client, view: within(mounted.root.querySelector('.w') as HTMLElement) };
}

describe('LookupForm', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('shows inline, accessible errors and focuses the first invalid field', async () => {
    const { view, root, client } = await form();
    view.getByRole('button', { name: 'Track' }).click();
    await flush(1);
    const input = view.getByRole('textbox', { name: 'Order number' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(root.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe('Enter your order number.');
    expect(root.activeElement).toBe(input);
    expect(client.queries).toEqual([]);
  });

  it('validates the email as the shopper types after a first submit', async () => {
    const { view } = await form({ order: 'W1001' });
    const contact = view.getByRole('textbox', { name: 'Email or postal code' });
    view.getByRole('button', { name: 'Track' }).click();
    fireEvent.input(contact, { target: { value: 'shopper@example' } });
    await flush(1);
    expect(view.getByText('Enter an email address like name@example.com.')).toBeTruthy();
    fireEvent.input(contact, { target: { value: 'shopper@example.com' } });
    await flush(1);
    expect(view.queryByText('Enter an email address like name@example.com.')).toBeNull();
  });

  it('keeps focus in the widget while the answer is awaited: on the loading state’s words', async () => {
    const { view, root } = await form({ order: 'W1001' }, () => new Promise(() => {}));
    fireEvent.input(view.getByRole('textbox', { name: 'Email or postal code' }), { target: { value: '94107' } });
    view.getByRole('button', { name: 'Track' }).focus();
    view.getByRole('button', { name: 'Track' }).click();
    await flush();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(root.querySelector('[part="skeleton"]')).not.toBeNull();
    expect(root.activeElement?.textContent).toBe('Looking up your order…');
  });

  it('looks the order up and moves focus to the result heading', async () => {
    const { view, root, client } = await form({ order: 'W1001' });
    fireEvent.input(view.getByRole('textbox', { name: 'Email or postal code' }), { target: { value: '94107' } });
    view.getByRole('button', { name: 'Track' }).click();
    await flush();
    expect(client.queries).toEqual([{ orderNumber: 'W1001', postalCode: '94107' }]);
    expect(root.activeElement?.textContent).toBe('Order W1001');
    expect(root.activeElement?.tagName).toBe('H2');
  });

  it('switches to a tracking-number lookup with an optional carrier', async () => {
    const { view, client } = await form();
    view.getByRole('radio', { name: 'Tracking number' }).click();
    await flush(1);
    fireEvent.input(view.getByRole('textbox', { name: 'Tracking number' }), { target: { value: '1Z999' } });
    fireEvent.input(view.getByRole('textbox', { name: 'Carrier (optional)' }), { target: { value: 'ups' } });
    view.getByRole('button', { name: 'Track' }).click();
    await flush();
    expect(client.queries).toEqual([{ trackingNumber: '1Z999', carrier: 'ups' }]);
  });

  it('offers only the configured lookup methods', async () => {
    const { view } = await form({ lookupMethods: ['tracking'] });
    expect(view.queryByRole('radio')).toBeNull();
    expect(view.getByRole('textbox', { name: 'Tracking number' })).toBeTruthy();
  });

  it('keeps a pasted value past the length the protocol takes whole, and says by its field how long it may be', async () => {
    const { view, root, client } = await form();
    const pasted = `1Z${'9'.repeat(63)}`;
    view.getByRole('radio', { name: 'Tracking number' }).click();
    await flush(1);
    const tracking = view.getByRole('textbox', { name: 'Tracking number' }) as HTMLInputElement;
    expect(tracking.hasAttribute('maxlength')).toBe(false);
    fireEvent.input(tracking, { target: { value: pasted } });
    view.getByRole('button', { name: 'Track' }).click();
    await flush(1);
    expect(tracking.value).toBe(pasted);
    expect(root.getElementById(tracking.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Use at most 64 characters.',
    );
    expect(root.activeElement).toBe(tracking);
    expect(client.queries).toEqual([]);
  });

  it('refuses a postal code of other letters by its field, without sending it', async () => {
    const { view, root, client } = await form();
    fireEvent.input(view.getByRole('textbox', { name: 'Order number' }), { target: { value: 'הזמנה' } });
    fireEvent.input(view.getByRole('textbox', { name: 'Email or postal code' }), { target: { value: 'קוד' } });
    view.getByRole('button', { name: 'Track' }).click();
    await flush(1);
    const contact = view.getByRole('textbox', { name: 'Email or postal code' });
    expect(root.getElementById(contact.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Use only the letters A–Z, digits, spaces and hyphens.',
    );
    expect(root.activeElement).toBe(contact);
    expect(client.queries).toEqual([]);
  });

  it("puts a 400's field errors under their fields, keeps the values and focuses the first", async () => {
    const refusal = new InvalidRequestError('POST /lookup failed with 400', {
      fields: [
        { field: 'orderNumber', message: 'At most 4 characters' },
        { field: 'postalCode', message: 'Letters, digits, spaces and hyphens only' },
      ],
    });
    const { view, root } = await form({}, () => Promise.reject(refusal));
    fireEvent.input(view.getByRole('textbox', { name: 'Order number' }), { target: { value: 'W1001' } });
    fireEvent.input(view.getByRole('textbox', { name: 'Email or postal code' }), { target: { value: '94107' } });
    view.getByRole('button', { name: 'Track' }).click();
    await flush();
    const orderNumber = view.getByRole('textbox', { name: 'Order number' }) as HTMLInputElement;
    const contact = view.getByRole('textbox', { name: 'Email or postal code' }) as HTMLInputElement;
    const message = (input: HTMLElement) =>
      root.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? null;
    expect([orderNumber.value, contact.value]).toEqual(['W1001', '94107']);
    expect(message(orderNumber)).toBe('Use at most 4 characters.');
    expect(message(contact)).toBe('Use only the letters A–Z, digits, spaces and hyphens.');
    expect(root.activeElement).toBe(orderNumber);
    expect(view.queryByText(/went wrong/)).toBeNull();
    // Editing a field clears the source's message for that field only.
    fireEvent.input(orderNumber, { target: { value: 'W100' } });
    await flush(1);
    expect(message(orderNumber)).toBeNull();
    expect(message(contact)).toBe('Use only the letters A–Z, digits, spaces and hyphens.');
  });

  it('says so above the form, with focus there, when a 400 names no field of the form', async () => {
    const refusal = new InvalidRequestError('POST /lookup failed with 400');
    const { view, root } = await form({ order: 'W1001' }, () => Promise.reject(refusal));
    fireEvent.input(view.getByRole('textbox', { name: 'Email or postal code' }), { target: { value: '94107' } });
    view.getByRole('button', { name: 'Track' }).click();
    await flush();
    const notice = view.getByText('Some of these details weren’t accepted. Check them and try again.');
    expect(root.activeElement).toBe(notice.closest('[part~="banner"]'));
    expect((view.getByRole('textbox', { name: 'Email or postal code' }) as HTMLInputElement).value).toBe('94107');
  });

  it('moves focus to the rate-limit message after the shopper’s own lookup, not for a preset one', async () => {
    const limited = () => Promise.reject(new RateLimitError('slow', { retryAfter: 30 }));
    const preset = await form({ order: 'W1001', postalCode: '94107' }, limited);
    expect(preset.view.getByText('Too many attempts. Try again in 30 seconds.')).toBeTruthy();
    expect(preset.root.activeElement).toBeNull();
    preset.view.getByRole('button', { name: 'Track' }).click();
    await flush();
    const notice = preset.view.getByText('Too many attempts. Try again in 30 seconds.');
    expect(preset.root.activeElement).toBe(notice.closest('[part~="banner"]'));
  });
});
