import { describe, expect, it, vi } from 'vitest';
import type { IssueReportInput } from '../../../model/Actions.js';
import type { Shipment } from '../../../model/Shipment.js';
import type { Source, SourceContext } from '../../../source/Source.js';
import { createTestSource, testShipment } from '../../__tests__/createTestSource.js';
import { composeSources } from '../composeSources.js';

// A tracking provider that knows one parcel fresher than the orders source does, and fails for another.
function createTracking(fresh: Shipment, failing = 'RETW1001'): Source & { asked: string[] } {
  const asked: string[] = [];
  return {
    name: 'tracker',
    asked,
    async findShipment({ trackingNumber }) {
      asked.push(trackingNumber);
      if (trackingNumber === failing) throw new Error('provider down');
      return trackingNumber === fresh.trackingNumber ? fresh : null;
    },
    async get(kind, id) {
      return kind === 'shipment' && id === fresh.id ? { kind: 'shipment', shipment: fresh } : null;
    },
  };
}

const delivered = (): Shipment => ({
  ...testShipment(),
  status: {
    milestone: 'delivered',
    exception: null,
    actionRequired: false,
    raw: { provider: 'tracker', status: 'Delivered' },
  },
});

const anIssue: IssueReportInput = { kind: 'order', id: 'ord_1', type: 'damaged' };

describe('composeSources', () => {
  it('refuses to start without an orders source that can read records', () => {
    expect(() => composeSources({} as never)).toThrow(/needs an `orders` source/);
    expect(() => composeSources({ orders: { name: 'x' } as never })).toThrow(/with a `get` method/);
  });

  it('serves an order with each parcel as the tracking source has it, and names both parts', async () => {
    const tracking = createTracking(delivered());
    const source = composeSources({ orders: createTestSource(), tracking, onTrackingError: () => {} });
    expect(source.name).toBe('test+tracker');
    const found = await source.findOrder!('W1001', {});
    expect(found?.order.shipments[0]?.status.milestone).toBe('delivered');
    expect(found?.contact).toEqual({ email: 'shopper@example.com', postalCode: '94107' });
    // The return's parcel was asked about too.
    expect(tracking.asked).toEqual(['1Z999AA10123456784', 'RETW1001']);
  });

  it('keeps the order’s own parcel when the tracking source fails for it, and says so', async () => {
    const onTrackingError = vi.fn();
    const source = composeSources({
      orders: createTestSource(),
      tracking: createTracking(delivered()),
      onTrackingError,
    });
    const resource = await source.get('order', 'ord_1', {});
    expect(resource?.kind === 'order' && resource.order.returns[0]?.shipment?.status.milestone).toBe('in_transit');
    expect(onTrackingError).toHaveBeenCalledWith(expect.objectContaining({ message: 'provider down' }), 'RETW1001');
  });

  it('reads parcels and tracking-number lookups from the tracking source', async () => {
    const fresh = delivered();
    const source = composeSources({ orders: createTestSource(), tracking: createTracking(fresh) });
    expect(await source.findShipment!({ trackingNumber: fresh.trackingNumber }, {})).toBe(fresh);
    expect(await source.get('shipment', fresh.id, {})).toEqual({ kind: 'shipment', shipment: fresh });
  });

  it('offers only the actions some part can take, with the capabilities they imply', async () => {
    const orders = createTestSource(['startReturn', 'subscribeAlerts', 'reportIssue', 'subscribe']);
    const bare = composeSources({ orders });
    expect(bare.startReturn).toBeUndefined();
    expect(bare.subscribeAlerts).toBeUndefined();
    expect(bare.reportIssue).toBeUndefined();
    expect(bare.subscribe).toBeUndefined();
    expect(bare.features).toEqual({});

    const returns = { features: { exchanges: true, storeCredit: false }, startReturn: vi.fn() };
    const alerts = { channels: ['sms' as const], subscribeAlerts: vi.fn() };
    const full = composeSources({ orders, returns, alerts, issues: { reportIssue: vi.fn() } });
    expect(full.features).toEqual({ alertChannels: ['sms'], exchanges: true, storeCredit: false });
    expect(typeof full.startReturn).toBe('function');
  });

  it('hands each action to its backend with the record the handler read', async () => {
    const orders = createTestSource();
    const record = await orders.get('order', 'ord_1', {});
    const startReturn = vi.fn(async () => ({ kind: 'return' as const, return: {} as never }));
    const source = composeSources({ orders, returns: { startReturn } });
    const input = {
      orderId: 'ord_1',
      items: [{ itemId: 'li_1', quantity: 1, reason: 'too_small' }],
      resolution: 'refund' as const,
    };
    await source.startReturn!(input, { resource: record!, locale: 'de' });
    expect(startReturn).toHaveBeenCalledWith(input, { resource: record, locale: 'de' });
  });

  it('reads the record for an alert opt-in made in process, without the handler', async () => {
    const subscribeAlerts = vi.fn(async (_input: unknown, context: SourceContext) => ({
      id: 'al_1',
      channel: 'email' as const,
      milestones: 'all' as const,
      createdAt: { kind: 'instant' as const, utc: context.resource ? 'x' : 'none', raw: '' },
    }));
    const source = composeSources({ orders: createTestSource(), alerts: { subscribeAlerts } });
    const input = {
      kind: 'order' as const,
      id: 'ord_1',
      channel: 'email' as const,
      address: 'a@b.example',
      milestones: 'all' as const,
      consentText: 'Yes',
    };
    await source.subscribeAlerts!(input, {});
    expect(subscribeAlerts.mock.calls[0]![1].resource).toMatchObject({ kind: 'order', order: { number: 'W1001' } });
  });

  it('gives an issue backend the shopper as the orders source knows them, never from the input', async () => {
    const reportIssue = vi.fn(async () => ({
      reference: 'T-1',
      createdAt: { kind: 'instant' as const, utc: '', raw: '' },
    }));
    const orders = createTestSource();
    const source = composeSources({ orders, issues: { reportIssue } });
    const resource = await orders.get('order', 'ord_1', {});
    await source.reportIssue!(anIssue, { resource: resource! });
    expect(reportIssue.mock.calls[0]).toEqual([
      anIssue,
      { resource, requester: { email: 'shopper@example.com', name: 'Ada' } },
    ]);
  });

  it('sends an issue without a requester when the orders source cannot say who it is', async () => {
    const reportIssue = vi.fn(async () => ({
      reference: 'T-1',
      createdAt: { kind: 'instant' as const, utc: '', raw: '' },
    }));
    const orders = createTestSource();
    orders.findOrder = async () => {
      throw new Error('Shopify is down');
    };
    const source = composeSources({ orders, issues: { reportIssue } });
    const shipment = { kind: 'shipment' as const, shipment: testShipment() };
    await source.reportIssue!({ ...anIssue, kind: 'shipment', id: 'shp_1' }, { resource: shipment });
    const order = await orders.get('order', 'ord_1', {});
    await source.reportIssue!(anIssue, { resource: order! });
    expect(reportIssue.mock.calls.map((call) => (call as unknown[])[1])).toEqual([
      { resource: shipment },
      { resource: order },
    ]);
  });
});
