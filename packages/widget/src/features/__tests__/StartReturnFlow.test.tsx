import type { LookupResult } from '@waypost/client';
import { InvalidRequestError, NetworkError } from '@waypost/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flush } from '../../__tests__/mountForTest.js';
import { mountRecord } from '../../__tests__/mountRecord.js';
import { ALL_CAPABILITIES, actionOrderResult, sampleExchange, sampleReturn } from '../../__tests__/sampleReturns.js';
import { openPanel } from './openPanel.js';

const created: LookupResult = {
  kind: 'return',
  return: sampleReturn({ id: 'ret_9', rma: 'RMA-90001' }),
  access: { token: 'tok_new', expiresAt: '2030-01-01T00:00:00Z' },
};

const exchanged: LookupResult = {
  kind: 'exchange',
  exchange: sampleExchange({ id: 'exc_9', stage: 'requested' }),
  access: { token: 'tok_new', expiresAt: '2030-01-01T00:00:00Z' },
};

describe('StartReturnFlow', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('explains why an item cannot be returned instead of hiding it', async () => {
    const mounted = await mountRecord(actionOrderResult(), { capabilities: ALL_CAPABILITIES });
    const form = await openPanel(mounted, 'Start a return', 'form');
    expect(form.textContent).toContain('Gift card');
    expect(form.textContent).toContain('Final sale: this item can’t be returned.');
    expect(form.textContent).toContain('The return window has closed.');
    expect(form.textContent).toContain('Return by Dec 20, 2024');
    expect(form.querySelectorAll('input[type="checkbox"]')).toHaveLength(2);
  });

  it('says why nothing can be returned, with no choice to make and only "Close"', async () => {
    const result = actionOrderResult();
    if (result.kind === 'order') {
      result.order.items = result.order.items.map((item) => ({
        ...item,
        returnable: { eligible: false, reason: 'not_delivered' as const },
      }));
    }
    const mounted = await mountRecord(result, { capabilities: ALL_CAPABILITIES });
    const form = await openPanel(mounted, 'Start a return', 'form');
    expect(form.textContent).toContain('None of these items can be returned here.');
    expect(form.querySelectorAll('.ri > li')).toHaveLength(4);
    expect(form.textContent?.match(/You can return this once it’s delivered\./g)).toHaveLength(4);
    expect(form.querySelectorAll('input, select')).toHaveLength(0);
    expect(form.textContent).not.toContain('What would you like?');
    expect(form.querySelectorAll('button').length).toBe(1);
    mounted.view.getByRole('button', { name: 'Close' }).click();
    await flush();
    expect(mounted.root.querySelector('[part="actions"] form')).toBeNull();
  });

  it('says an item sent back in an exchange was exchanged, not returned', async () => {
    const result = actionOrderResult({ exchanges: [sampleExchange()] });
    if (result.kind === 'order') {
      result.order.items[0] = {
        ...result.order.items[0]!,
        returnable: { eligible: false, reason: 'already_returned' },
      };
    }
    const mounted = await mountRecord(result, { capabilities: ALL_CAPABILITIES });
    const form = await openPanel(mounted, 'Start a return', 'form');
    expect(form.textContent).toContain('Already exchanged.');
    expect(form.textContent).not.toContain('Already returned.');
  });

  it('validates, reviews and starts the return, then confirms with the RMA and label', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-11-24T12:00:00Z'));
    const mounted = await mountRecord(actionOrderResult(), { capabilities: ALL_CAPABILITIES });
    const start = vi.fn(async () => created);
    mounted.client.startReturn = start;
    const { view, root } = mounted;
    const form = await openPanel(mounted, 'Start a return', 'form');
    form.requestSubmit();
    await flush();
    expect(view.getByText('Choose at least one item.')).toBeTruthy();
    view.getByLabelText('Socks').click();
    await flush();
    form.requestSubmit();
    await flush();
    expect(view.getByText('Choose a reason.')).toBeTruthy();
    const reason = view.getByLabelText('Reason') as HTMLSelectElement;
    expect(root.activeElement).toBe(reason);
    reason.value = 'damaged';
    reason.dispatchEvent(new Event('change', { bubbles: true }));
    const quantity = view.getByLabelText('Quantity') as HTMLSelectElement;
    quantity.value = '2';
    quantity.dispatchEvent(new Event('change', { bubbles: true }));
    view.getByLabelText('Store credit').click();
    await flush();
    form.requestSubmit();
    await flush();
    expect(view.getByRole('heading', { name: 'Review' })).toBeTruthy();
    expect(root.querySelector('[part="actions"] form')?.textContent).toContain('Qty 2 · Damaged or faulty');
    view.getByRole('button', { name: 'Confirm return' }).click();
    await vi.waitFor(() =>
      expect(root.querySelector('[part="actions"] strong')?.textContent).toBe('Return RMA-90001 started.'),
    );
    expect(start).toHaveBeenCalledWith({
      orderId: 'ord_1',
      items: [{ itemId: 'li_2', quantity: 2, reason: 'damaged' }],
      resolution: 'store_credit',
    });
    expect(view.getByRole('link', { name: /Print return label/ }).getAttribute('href')).toBe(
      'https://shop.example/label.pdf',
    );
    expect(mounted.actions).toContainEqual({
      action: 'start_return',
      resolution: 'store_credit',
      itemCount: 1,
      created: { kind: 'return', id: 'ret_9' },
      kind: 'order',
      id: 'ord_1',
    });
    vi.useRealTimers();
  });

  it('offers the variants the source lists for an exchange, and says "exchange" through to the confirmation', async () => {
    const mounted = await mountRecord(actionOrderResult(), {
      capabilities: { ...ALL_CAPABILITIES, returns: { exchanges: true, storeCredit: false } },
    });
    const start = vi.fn(async () => exchanged);
    mounted.client.startReturn = start;
    const { view, root } = mounted;
    const form = await openPanel(mounted, 'Start a return', 'form');
    expect(view.queryByLabelText('Store credit')).toBeNull();
    view.getByLabelText('An exchange').click();
    view.getByLabelText('Trail Runner · Blue / 42').click();
    await flush();
    const variant = view.getByLabelText('Size or colour you want instead') as HTMLSelectElement;
    expect(variant.tagName).toBe('SELECT');
    expect([...variant.options].map((option) => option.value)).toEqual(['', 'Blue / 43', 'Black / 42']);
    const reason = view.getByLabelText('Reason') as HTMLSelectElement;
    reason.value = 'too_small';
    reason.dispatchEvent(new Event('change', { bubbles: true }));
    form.requestSubmit();
    await flush();
    expect(view.getByText('Choose the size or colour you want.')).toBeTruthy();
    variant.value = 'Blue / 43';
    variant.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    expect(view.queryByText('Choose the size or colour you want.')).toBeNull();
    form.requestSubmit();
    await flush();
    expect(root.querySelector('[part="actions"] form')?.textContent).toContain('Exchange for Blue / 43');
    view.getByRole('button', { name: 'Confirm exchange' }).click();
    await vi.waitFor(() =>
      expect(root.querySelector('[part="actions"] strong')?.textContent).toBe('Exchange RMA-58213 started.'),
    );
    expect(start).toHaveBeenCalledWith(
      expect.objectContaining({ resolution: 'exchange', exchangeFor: [{ itemId: 'li_1', variant: 'Blue / 43' }] }),
    );
  });

  it('says an item with no other variant on offer cannot be exchanged', async () => {
    const mounted = await mountRecord(actionOrderResult(), {
      capabilities: { ...ALL_CAPABILITIES, returns: { exchanges: true, storeCredit: false } },
    });
    await openPanel(mounted, 'Start a return', 'form');
    mounted.view.getByLabelText('An exchange').click();
    mounted.view.getByLabelText('Socks').click();
    await flush();
    expect(mounted.view.getByText('This item can’t be exchanged for another size or colour.')).toBeTruthy();
    expect(mounted.view.queryByLabelText('Size or colour you want instead')).toBeNull();
  });

  it('focuses the first item on a first submit without one, with the error tied to it', async () => {
    const mounted = await mountRecord(actionOrderResult(), { capabilities: ALL_CAPABILITIES });
    const form = await openPanel(mounted, 'Start a return', 'form');
    form.requestSubmit();
    await flush();
    const first = mounted.view.getByLabelText('Trail Runner · Blue / 42');
    expect(mounted.root.activeElement).toBe(first);
    expect(first.getAttribute('aria-invalid')).toBe('true');
    expect(mounted.root.getElementById(first.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Choose at least one item.',
    );
  });

  it('gives focus to the heading of each step it opens, and to what went wrong when the confirm fails', async () => {
    const mounted = await mountRecord(actionOrderResult(), { capabilities: ALL_CAPABILITIES });
    let fail: () => void = () => {};
    let sent = 0;
    mounted.client.startReturn = () =>
      new Promise((_, reject) => {
        sent += 1;
        fail = () => reject(new NetworkError('[waypost] POST /returns: Failed to fetch'));
      });
    const { view, root } = mounted;
    const form = await openPanel(mounted, 'Start a return', 'form');
    view.getByLabelText('Socks').click();
    await flush();
    const reason = view.getByLabelText('Reason') as HTMLSelectElement;
    reason.value = 'other';
    reason.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    form.requestSubmit();
    await flush();
    expect(root.activeElement).toBe(view.getByRole('heading', { name: 'Review' }));
    view.getByRole('button', { name: 'Change' }).click();
    await flush();
    expect(root.activeElement).toBe(view.getByRole('heading', { name: 'Start a return' }));
    expect((view.getByLabelText('Reason') as HTMLSelectElement).value).toBe('other');
    form.requestSubmit();
    await flush();
    const confirm = view.getByRole('button', { name: 'Confirm return' });
    confirm.focus();
    confirm.click();
    await flush();
    // Sending: the button says so and ignores presses, but keeps focus (a disabled one would lose it).
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    expect(confirm.hasAttribute('disabled')).toBe(false);
    expect(root.activeElement).toBe(confirm);
    confirm.click();
    await flush();
    expect(sent).toBe(1);
    fail();
    await vi.waitFor(() => expect(root.activeElement).toBe(view.getByRole('alert')));
    expect(view.getByRole('alert').textContent).toBe(
      'We couldn’t reach the store. Check your connection and try again.',
    );
    expect(confirm.getAttribute('aria-disabled')).toBeNull();
  });

  it('says so when the store refuses an item that can no longer be returned', async () => {
    const mounted = await mountRecord(actionOrderResult(), { capabilities: ALL_CAPABILITIES });
    mounted.client.startReturn = async () => {
      throw new InvalidRequestError('refused', {
        fields: [{ field: 'items.0.itemId', message: 'This item cannot be returned' }],
      });
    };
    const form = await openPanel(mounted, 'Start a return', 'form');
    mounted.view.getByLabelText('Trail Runner · Blue / 42').click();
    await flush();
    const reason = mounted.view.getByLabelText('Reason') as HTMLSelectElement;
    reason.value = 'too_small';
    reason.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    form.requestSubmit();
    await flush();
    mounted.view.getByRole('button', { name: 'Confirm return' }).click();
    await vi.waitFor(() =>
      expect(mounted.view.getByRole('alert').textContent).toBe('One of these items can no longer be returned.'),
    );
  });
});
