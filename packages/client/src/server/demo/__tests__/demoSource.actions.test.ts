import { describe, expect, it, vi } from 'vitest';
import { isInvalidRequestError } from '../../../errors/InvalidRequestError.js';
import { isNotFoundError } from '../../../errors/NotFoundError.js';
import { isHttpUrl } from '../../../model/isHttpUrl.js';
import type { Resource } from '../../../model/LookupResult.js';
import { parseResource } from '../../../model/parseResource.js';
import { demoSource } from '../demoSource.js';

const start = new Date('2025-03-07T18:30:00Z');
const createSource = (seed = 7) => demoSource({ now: () => start, seed, tick: 1_000 });
const consentText = 'Send me delivery updates. Reply STOP to end.';

describe('demoSource', () => {
  it('starts a return for a delivered item, with an RMA, a label and a pending refund', async () => {
    const source = createSource();
    const created = await source.startReturn!(
      { orderId: 'ord_1003', items: [{ itemId: 'li_1003_1', quantity: 1, reason: 'Too tight' }], resolution: 'refund' },
      {},
    );
    expect(parseResource(created)).toEqual(created);
    if (created.kind !== 'return') throw new Error('expected a return');
    expect(created.return).toMatchObject({
      stage: 'label_created',
      orderNumber: 'W1003',
      refund: { status: 'pending' },
    });
    expect(created.return.rma).toMatch(/^RMA-\d{5}$/);
    expect(created.return.refund?.amount).toEqual({ amount: 28, currency: 'USD' });
    expect(isHttpUrl(created.return.labelUrl)).toBe(true);
    const order = await source.get('order', 'ord_1003', {});
    expect(order?.kind === 'order' && order.order.returns.map((rma) => rma.id)).toEqual([created.return.id]);
    expect(order?.kind === 'order' && order.order.items[0]!.returnable).toEqual({
      eligible: false,
      reason: 'already_returned',
    });
    expect(await source.get('return', created.return.id, {})).toEqual(created);
  });

  it('starts an exchange for the wanted variant', async () => {
    const source = createSource();
    const created = await source.startReturn!(
      {
        orderId: 'ord_1005',
        items: [{ itemId: 'li_1005_2', quantity: 1, reason: 'Wrong size' }],
        resolution: 'exchange',
        exchangeFor: [{ itemId: 'li_1005_2', variant: 'XL' }],
      },
      {},
    );
    if (created.kind !== 'exchange') throw new Error('expected an exchange');
    expect(created.exchange.stage).toBe('requested');
    expect(created.exchange.return.exchangeId).toBe(created.exchange.id);
    expect(created.exchange.replacement.items[0]).toMatchObject({
      title: 'Merino Hiking Socks, 2-pack',
      variant: 'XL',
    });
    expect(parseResource(created)).toEqual(created);
  });

  it('refuses items that have not arrived or were already returned, and unknown orders', async () => {
    const source = createSource();
    const early = source.startReturn!(
      {
        orderId: 'ord_1001',
        items: [{ itemId: 'li_1001_1', quantity: 1, reason: 'Changed my mind' }],
        resolution: 'refund',
      },
      {},
    );
    await expect(early).rejects.toSatisfy(isInvalidRequestError);
    const twice = source.startReturn!(
      { orderId: 'ord_1005', items: [{ itemId: 'li_1005_1', quantity: 1, reason: 'Too small' }], resolution: 'refund' },
      {},
    );
    await expect(twice).rejects.toMatchObject({ fields: [{ field: 'items.0.itemId' }] });
    const unknown = source.startReturn!({ orderId: 'ord_0', items: [], resolution: 'refund' }, {});
    await expect(unknown).rejects.toSatisfy(isNotFoundError);
  });

  it('pushes a started return to whoever watches the order', async () => {
    vi.useFakeTimers();
    try {
      const source = createSource();
      const pushed: Resource[] = [];
      const stop = source.subscribe!('order', 'ord_1003', (resource) => pushed.push(resource));
      await source.startReturn!(
        {
          orderId: 'ord_1003',
          items: [{ itemId: 'li_1003_2', quantity: 1, reason: 'Too big' }],
          resolution: 'store_credit',
        },
        {},
      );
      expect(pushed).toHaveLength(1);
      expect(pushed[0]!.kind === 'order' && pushed[0]!.order.returns[0]!.refund?.method).toBe('store_credit');
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('subscribes to alerts by email and by sms, and refuses addresses that are neither', async () => {
    const source = createSource();
    const email = await source.subscribeAlerts!(
      {
        kind: 'order',
        id: 'ord_1001',
        channel: 'email',
        address: 'shopper@example.com',
        milestones: 'key',
        consentText,
      },
      {},
    );
    expect(email).toMatchObject({ channel: 'email', milestones: 'key', createdAt: { kind: 'instant' } });
    const sms = await source.subscribeAlerts!(
      { kind: 'shipment', id: 'shp_1001_1', channel: 'sms', address: '+14155550100', milestones: 'all', consentText },
      {},
    );
    expect(sms.id).not.toBe(email.id);
    const bad = source.subscribeAlerts!(
      { kind: 'order', id: 'ord_1001', channel: 'sms', address: '415 555', milestones: 'all', consentText },
      {},
    );
    await expect(bad).rejects.toSatisfy(isInvalidRequestError);
    const missing = source.subscribeAlerts!(
      { kind: 'order', id: 'ord_0', channel: 'email', address: 'a@b.co', milestones: 'all', consentText },
      {},
    );
    await expect(missing).rejects.toSatisfy(isNotFoundError);
  });

  it('answers an issue report with a unique WP reference, the same ones for the same seed', async () => {
    const report = (source: ReturnType<typeof createSource>) =>
      source.reportIssue!({ kind: 'order', id: 'ord_1004', type: 'late', message: 'Where are my poles?' }, {});
    const first = createSource(3);
    const references = [(await report(first)).reference, (await report(first)).reference];
    expect(references[0]).toMatch(/^WP-\d{4}$/);
    expect(references[1]).not.toBe(references[0]);
    const again = createSource(3);
    expect((await report(again)).reference).toBe(references[0]);
    const wrongType = first.reportIssue!({ kind: 'order', id: 'ord_1004', type: 'stolen' as never }, {});
    await expect(wrongType).rejects.toSatisfy(isInvalidRequestError);
  });
});
