import { expect, it } from 'vitest';
import { parseModel } from '../../../model/parseModel.js';
import type { Shipment } from '../../../model/Shipment.js';
import { exchangeSchema, orderSchema, returnSchema } from '../../../model/schemas/orderSchema.js';
import { shipmentSchema } from '../../../model/schemas/shipmentSchema.js';
import type { TrackingEvent } from '../../../model/TrackingEvent.js';
import { describeRecordedPayloads, itRefusesMalformed } from '../../shared/__tests__/conformance.js';
import { readPath } from '../../shared/readPath.js';
import { normalizeShopifyFulfillment } from '../normalizeShopifyFulfillment.js';
import { normalizeShopifyFulfillmentEvents } from '../normalizeShopifyFulfillmentEvents.js';
import { normalizeShopifyOrder } from '../normalizeShopifyOrder.js';
import { normalizeShopifyRefund } from '../normalizeShopifyRefund.js';
import { normalizeShopifyReturn } from '../normalizeShopifyReturn.js';

/** What a payload must come out as: `state` is the milestone, the return/exchange stage or the refund status. */
interface Summary {
  kind: string;
  state: string;
  exception: string | null;
  events: number;
  first: string | null;
  last: string | null;
  eta: string | null;
  items: number;
}

interface Expectation extends Summary {
  /** Which normalizer reads the payload. */
  reader: keyof typeof readers;
  /** Fields the normalizer cannot do without; each is broken in turn. */
  required: string[];
  /** Further facts read off the payload by hand. */
  also?: (result: unknown) => void;
}

function eventSummary(events: TrackingEvent[]) {
  return { events: events.length, first: events[0]?.time?.raw ?? null, last: events.at(-1)?.time?.raw ?? null };
}

function shipmentSummary(shipment: Shipment, items = shipment.itemIds.length): Summary {
  parseModel(shipmentSchema, shipment, 'shipment');
  const { milestone, exception } = shipment.status;
  return {
    kind: 'shipment',
    state: milestone,
    exception,
    ...eventSummary(shipment.events),
    eta: shipment.eta?.start.raw ?? null,
    items,
  };
}

// A minimal order whose one unfulfilled line is the one the recorded fulfillment order holds.
const orderAwaitingFulfillment = {
  order: {
    id: 450789469,
    name: '#1001',
    created_at: '2025-07-02T11:22:25-05:00',
    line_items: [
      { id: 518995019, title: 'IPod Nano - 8gb', quantity: 1, fulfillable_quantity: 1, requires_shipping: true },
    ],
  },
};

const readers = {
  order(payload: unknown) {
    const order = parseModel(orderSchema, normalizeShopifyOrder(payload), 'order');
    const events = order.shipments.flatMap((shipment) => shipment.events);
    return {
      result: order,
      summary: {
        kind: 'order',
        state: order.status.milestone,
        exception: order.status.exception,
        ...eventSummary(events),
        eta: order.shipments.find((shipment) => shipment.eta)?.eta?.start.raw ?? null,
        items: order.items.length,
      },
    };
  },
  fulfillment(payload: unknown) {
    const shipment = normalizeShopifyFulfillment(payload);
    return { result: shipment, summary: shipmentSummary(shipment) };
  },
  fulfillments(payload: unknown) {
    const shipments = readPath(payload, 'Shopify fulfillments')
      .at('fulfillments')
      .array()
      .map((entry) => normalizeShopifyFulfillment(entry.value));
    expect(shipments).toHaveLength(1);
    return { result: shipments, summary: shipmentSummary(shipments[0] as Shipment) };
  },
  fulfillmentEvents(payload: unknown) {
    const events = normalizeShopifyFulfillmentEvents(payload);
    const shipment = normalizeShopifyFulfillment(
      { id: 255858046, status: 'success', shipment_status: 'in_transit', tracking_number: '1Z1234512345123456' },
      { events: payload },
    );
    return { result: events, summary: { ...shipmentSummary(shipment), ...eventSummary(events) } };
  },
  fulfillmentOrders(payload: unknown) {
    const order = normalizeShopifyOrder(orderAwaitingFulfillment, { fulfillmentOrders: payload });
    const items = readPath(payload, 'fulfillment orders')
      .at('fulfillment_orders')
      .array()
      .flatMap((entry) => entry.at('line_items').array());
    return {
      result: order,
      summary: {
        kind: 'fulfillment_orders',
        state: order.status.milestone,
        exception: order.status.exception,
        events: 0,
        first: null,
        last: null,
        eta: null,
        items: items.length,
      },
    };
  },
  refund(payload: unknown) {
    const refund = normalizeShopifyRefund(payload);
    const items = readPath(payload, 'refund').at('refund').at('refund_line_items').optionalArray().length;
    return {
      result: refund,
      summary: {
        kind: 'refund',
        state: refund.status,
        exception: null,
        events: 0,
        first: null,
        last: null,
        eta: null,
        items,
      },
    };
  },
  return(payload: unknown) {
    const result = normalizeShopifyReturn(payload, { now: new Date('2026-01-01T00:00:00Z') });
    const record =
      result.kind === 'exchange'
        ? parseModel(exchangeSchema, result.exchange, 'exchange').return
        : parseModel(returnSchema, result.return, 'return');
    const state = result.kind === 'exchange' ? result.exchange.stage : result.return.stage;
    return {
      result,
      summary: {
        kind: result.kind,
        state,
        exception: null,
        ...eventSummary(record.shipment?.events ?? []),
        eta: null,
        items: record.items.length,
      },
    };
  },
};

const none = { exception: null, events: 0, first: null, last: null, eta: null };
const returnPaths = (connection: string) => [
  'return',
  `return.${connection}.edges`,
  `return.${connection}.edges.0.node`,
];
const fulfillmentPaths = ['fulfillment', 'fulfillment.id', 'fulfillment.status', 'fulfillment.line_items.0'];

// Written by reading each payload by hand.
const expectations: Record<string, Expectation> = {
  // Docs fragment: only exchangeLineItems (one node with an id), no status: an exchange still requested.
  'graphql_doc_return_exchange_line_items.json': {
    reader: 'return',
    kind: 'exchange',
    state: 'requested',
    ...none,
    items: 0,
    required: returnPaths('exchangeLineItems'),
    also: (result) =>
      expect(result).toMatchObject({
        exchange: {
          replacement: { items: [{ id: '444766497', quantity: 1 }], shipment: null },
          return: { stage: 'requested' },
        },
      }),
  },
  // id + name + one return line item with returnReasonDefinition "Defective", no status.
  'graphql_doc_return_reason_definition.json': {
    reader: 'return',
    kind: 'return',
    state: 'requested',
    ...none,
    items: 1,
    required: returnPaths('returnLineItems'),
    also: (result) =>
      expect(result).toMatchObject({
        return: {
          id: 'gid://shopify/Return/945000954',
          rma: '#1001-R1',
          items: [{ id: '57615080', reason: 'Defective', quantity: 1 }],
        },
      }),
  },
  // Docs fragment: one reverse fulfillment order id, nothing else.
  'graphql_doc_return_reverse_fulfillment_orders.json': {
    reader: 'return',
    kind: 'return',
    state: 'requested',
    ...none,
    items: 0,
    required: returnPaths('reverseFulfillmentOrders'),
    also: (result) => expect(result).toMatchObject({ return: { shipment: null, refund: null } }),
  },
  // status OPEN, order 625362839, one line "Draft - 151cm", returnReason UNKNOWN with an empty note.
  'graphql_doc_return_status_OPEN.json': {
    reader: 'return',
    kind: 'return',
    state: 'approved',
    ...none,
    items: 1,
    required: returnPaths('returnLineItems'),
    also: (result) => {
      expect(result).toMatchObject({
        return: { rma: '#1001-R1', orderId: '625362839', items: [{ title: 'Draft - 151cm', quantity: 1 }] },
      });
      expect((result as { return: { items: Array<{ reason?: string }> } }).return.items[0]?.reason).toBeUndefined();
    },
  },
  // status cancelled, shipment_status null, UPS tracking "#☠1☢\n---\n4321\n", one line item.
  'rest_fulfillment_cancelled.json': {
    reader: 'fulfillment',
    kind: 'shipment',
    state: 'label_created',
    ...none,
    exception: 'cancelled',
    items: 1,
    required: fulfillmentPaths,
    also: (result) =>
      expect(result).toMatchObject({ trackingNumber: '#☠1☢\n---\n4321', carrier: { code: 'ups', name: 'UPS' } }),
  },
  // One in_transit event at 11:39:28 in the shop's -05:00, no estimated delivery.
  'rest_fulfillment_events_list_in_transit.json': {
    reader: 'fulfillmentEvents',
    kind: 'shipment',
    state: 'in_transit',
    exception: null,
    events: 1,
    first: '2025-07-02T11:39:28-05:00',
    last: '2025-07-02T11:39:28-05:00',
    eta: null,
    items: 0,
    required: ['fulfillment_events', 'fulfillment_events.0', 'fulfillment_events.0.status'],
  },
  // One fulfillment order, status open (nothing picked yet), one line item.
  'rest_fulfillment_orders_list.json': {
    reader: 'fulfillmentOrders',
    kind: 'fulfillment_orders',
    state: 'ordered',
    ...none,
    items: 1,
    required: ['fulfillment_orders', 'fulfillment_orders.0', 'fulfillment_orders.0.status'],
  },
  // Despite the file name: status "failure", shipment_status null, USPS tracking, one line item.
  'rest_fulfillment_with_tracking_success.json': {
    reader: 'fulfillment',
    kind: 'shipment',
    state: 'label_created',
    ...none,
    exception: 'exception',
    items: 1,
    required: fulfillmentPaths,
    also: (result) =>
      expect(result).toMatchObject({
        trackingNumber: '1Z1234512345123456',
        carrier: { code: 'usps' },
        trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction_input?qtc_tLabels1=1Z1234512345123456',
      }),
  },
  // One fulfillment, status "failure" with shipment_status null.
  'rest_fulfillments_list_failure_status.json': {
    reader: 'fulfillments',
    kind: 'shipment',
    state: 'label_created',
    ...none,
    exception: 'exception',
    items: 1,
    required: ['fulfillments', 'fulfillments.0', 'fulfillments.0.id', 'fulfillments.0.status'],
  },
  // Three lines (the red one still fulfillable), one failed fulfillment: processing, with an exception.
  'rest_order_with_fulfillments.json': {
    reader: 'order',
    kind: 'order',
    state: 'processing',
    ...none,
    exception: 'exception',
    items: 3,
    required: [
      'order',
      'order.id',
      'order.line_items',
      'order.line_items.0.id',
      'order.fulfillments.0',
      'order.fulfillments.0.id',
      'order.fulfillments.0.status',
    ],
    also: (result) => {
      expect(result).toMatchObject({
        id: '450789469',
        number: '#1001',
        total: { amount: 199.65, currency: 'USD' },
        shipments: [{ id: '255858046', itemIds: ['466157049'] }],
      });
      expect(JSON.stringify(result)).not.toMatch(/bob\.norman|40202|Chestnut|\+1\(502\)|\+557734881234/);
    },
  },
  // One successful refund transaction of 41.94 USD via the bogus gateway; one refund line item.
  'rest_refund.json': {
    reader: 'refund',
    kind: 'refund',
    state: 'issued',
    ...none,
    items: 1,
    required: ['refund.transactions', 'refund.transactions.0'],
    also: (result) =>
      expect(result).toMatchObject({
        amount: { amount: 41.94, currency: 'USD' },
        method: 'original_payment',
        issuedAt: { raw: '2025-07-02T11:38:34-05:00' },
      }),
  },
};

const suite = { provider: 'shopify', title: 'Shopify normalizers conformance', label: 'Shopify', expectations };

describeRecordedPayloads(suite, (file, payload, expected) => {
  it('meets its expectation and never throws', () => {
    if (!expected) throw new Error(`[waypost] no expectation written for shopify/${file}`);
    const { reader, required: _required, also, ...summary } = expected;
    const { result, summary: actual } = readers[reader](payload);
    expect(actual).toEqual(summary);
    also?.(result);
  });

  itRefusesMalformed(payload, expected?.required ?? [], (broken) => readers[expected?.reader ?? 'order'](broken));
});
