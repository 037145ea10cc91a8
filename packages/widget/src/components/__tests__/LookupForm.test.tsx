import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestClient } from '../../__tests__/createTestClient.js';
import { flush, mountForTest } from '../../__tests__/mountForTest.js';
import { sampleOrderResult } from '../../__tests__/sampleResult.js';

async function form(options = {}) {
  const client = createTestClient(() => sampleOrderResult());
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
});
