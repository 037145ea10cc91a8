import type { Capabilities, Exchange, LookupResult, Order, Return } from '@waypost/client';
import { sampleOrderResult, sampleShipment } from './sampleResult.js';

/** A hand-written return on its way back, refund pending; `patch` overrides fields. */
export function sampleReturn(patch: Partial<Return> = {}): Return {
  return {
    id: 'ret_1',
    rma: 'RMA-58213',
    orderId: 'ord_1',
    orderNumber: 'W1001',
    stage: 'label_created',
    items: [{ id: 'li_1', title: 'Trail Runner', variant: 'Blue / 42', quantity: 1, reason: 'Too small' }],
    shipment: sampleShipment({ id: 'shp_r1', direction: 'return', trackingNumber: '9202090153540110892356' }),
    refund: { amount: { amount: 49.9, currency: 'EUR' }, method: 'original_payment', status: 'pending' },
    labelUrl: 'https://shop.example/label.pdf',
    qrCodeUrl: 'https://shop.example/qr.png',
    dropOffBy: { kind: 'date', date: '2024-12-05', raw: '2024-12-05' },
    createdAt: { kind: 'instant', utc: '2024-11-22T10:00:00.000Z', raw: '2024-11-22T10:00:00Z' },
    ...patch,
  };
}

/** A hand-written exchange whose replacement is on its way; `patch` overrides fields. */
export function sampleExchange(patch: Partial<Exchange> = {}): Exchange {
  return {
    id: 'exc_1',
    orderId: 'ord_1',
    orderNumber: 'W1001',
    stage: 'replacement_shipped',
    return: sampleReturn({ stage: 'received', exchangeId: 'exc_1', refund: null }),
    replacement: {
      items: [{ id: 'li_1_x', title: 'Trail Runner', variant: 'Blue / 43', quantity: 1 }],
      shipment: sampleShipment({ id: 'shp_x1', trackingNumber: '1ZREPLACEMENT0001' }),
    },
    createdAt: { kind: 'instant', utc: '2024-11-22T10:00:00.000Z', raw: '2024-11-22T10:00:00Z' },
    ...patch,
  };
}

/** A lookup result for a return or an exchange on its own. */
export function recordResult(record: Return | Exchange, kind: 'return' | 'exchange'): LookupResult {
  const access = { token: 'tok_record', expiresAt: '2030-01-01T00:00:00.000Z' };
  return kind === 'return'
    ? { kind, return: record as Return, access }
    : { kind, exchange: record as Exchange, access };
}

/** The sample order with safe links, delivered items and `patch` applied to the order. */
export function actionOrderResult(patch: Partial<Order> = {}): LookupResult {
  const result = sampleOrderResult([
    sampleShipment({ status: { ...sampleShipment().status, milestone: 'delivered' } }),
  ]) as Extract<LookupResult, { kind: 'order' }>;
  result.order = {
    ...result.order,
    links: { support: 'https://shop.example/support', returnsPortal: 'https://shop.example/returns' },
    items: [
      {
        ...result.order.items[0]!,
        returnable: { eligible: true, until: { kind: 'date', date: '2024-12-20', raw: '2024-12-20' } },
        exchangeVariants: ['Blue / 43', 'Black / 42'],
      },
      { id: 'li_2', title: 'Socks', quantity: 2, returnable: { eligible: true } },
      { id: 'li_3', title: 'Gift card', quantity: 1, returnable: { eligible: false, reason: 'final_sale' } },
      { id: 'li_4', title: 'Jacket', quantity: 1, returnable: { eligible: false, reason: 'window_closed' } },
    ],
    ...patch,
  };
  return result;
}

/** Every optional part served. */
export const ALL_CAPABILITIES: Capabilities = {
  protocol: 1,
  lookup: { email: true, postalCode: true, trackingNumber: true },
  push: false,
  alerts: { channels: ['email', 'sms'] },
  issues: true,
  returns: { exchanges: true, storeCredit: true },
};

/** Nothing optional served. */
export const NO_CAPABILITIES: Capabilities = { ...ALL_CAPABILITIES, alerts: null, issues: false, returns: null };
