import { fireEvent, within } from '@testing-library/preact';
import { HttpError } from '@waypost/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestClient } from '../../__tests__/createTestClient.js';
import { flush, mountForTest } from '../../__tests__/mountForTest.js';
import { sampleOrderResult } from '../../__tests__/sampleResult.js';

/** A widget whose lookups fail with a 500 while `failing` says so; the shopper has typed W1001 and an email. */
async function failedLookup(options = {}) {
  const state = { failing: true };
  const client = createTestClient(() =>
    state.failing
      ? Promise.reject(new HttpError('POST /lookup failed with 500', { status: 500 }))
      : sampleOrderResult(),
  );
  const { root } = mountForTest({ client, ...options });
  await flush();
  const view = within(root.querySelector('.w') as HTMLElement);
  return { root, view, client, state };
}

const banner = (root: ShadowRoot) => root.querySelector('[part~="banner"]');

describe('StatusPanel', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('takes focus after the shopper’s own lookup fails, and brings back what they typed on "Track another order"', async () => {
    const { root, view } = await failedLookup();
    fireEvent.input(view.getByRole('textbox', { name: 'Order number' }), { target: { value: 'W1001' } });
    fireEvent.input(view.getByRole('textbox', { name: 'Email or postal code' }), {
      target: { value: 'shopper@example.com' },
    });
    view.getByRole('button', { name: 'Track' }).click();
    await flush();
    expect(banner(root)?.textContent).toBe('Something went wrong on our side. Please try again.');
    expect(root.activeElement).toBe(banner(root));

    view.getByRole('button', { name: 'Track another order' }).click();
    await flush();
    const orderNumber = view.getByRole('textbox', { name: 'Order number' }) as HTMLInputElement;
    const contact = view.getByRole('textbox', { name: 'Email or postal code' }) as HTMLInputElement;
    expect([orderNumber.value, contact.value]).toEqual(['W1001', 'shopper@example.com']);
    expect(root.activeElement).toBe(orderNumber);
  });

  it('takes focus again when "Try again" fails, and moves it to the result when it works', async () => {
    const { root, view, state, client } = await failedLookup();
    fireEvent.input(view.getByRole('textbox', { name: 'Order number' }), { target: { value: 'W1001' } });
    fireEvent.input(view.getByRole('textbox', { name: 'Email or postal code' }), { target: { value: '94107' } });
    view.getByRole('button', { name: 'Track' }).click();
    await flush();
    view.getByRole('button', { name: 'Try again' }).click();
    await flush();
    expect(client.queries).toHaveLength(2);
    expect(root.activeElement).toBe(banner(root));

    state.failing = false;
    view.getByRole('button', { name: 'Try again' }).click();
    await flush();
    expect(root.activeElement?.textContent).toBe('Order W1001');
  });

  it('leaves focus alone when a lookup the shopper did not start fails', async () => {
    const { root } = await failedLookup({ token: 't' });
    expect(banner(root)).not.toBeNull();
    expect(root.activeElement).toBeNull();
  });
});
