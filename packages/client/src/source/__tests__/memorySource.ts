import { sampleLookupResult } from '../../model/__tests__/sampleLookupResult.js';
import type { Resource } from '../../model/LookupResult.js';
import type { Order } from '../../model/Order.js';
import type { Source } from '../Source.js';

/** The sample order. */
export function sampleOrder(): Order {
  const result = sampleLookupResult();
  if (result.kind !== 'order') throw new Error('the sample is an order');
  return result.order;
}

/** A small hand-written source over one order, whose record the test can change and push. */
export function memorySource(options: { push?: boolean; actions?: boolean } = {}) {
  let order = sampleOrder();
  const listeners = new Set<(resource: Resource) => void>();
  const calls: string[] = [];
  const extra = new Map<string, Resource>();
  const source: Source = {
    name: 'memory',
    async findOrder(orderNumber) {
      calls.push(`findOrder ${orderNumber}`);
      return orderNumber.toUpperCase() === order.number
        ? { order, contact: { email: 'Shopper@Example.com', postalCode: '94107-1234' } }
        : null;
    },
    async findShipment({ trackingNumber }) {
      calls.push(`findShipment ${trackingNumber}`);
      return order.shipments.find((shipment) => shipment.trackingNumber === trackingNumber) ?? null;
    },
    async get(kind, id) {
      calls.push(`get ${kind} ${id}`);
      if (kind === 'order' && id === order.id) return { kind, order };
      const shipment = order.shipments.find((entry) => entry.id === id);
      return kind === 'shipment' && shipment ? { kind, shipment } : (extra.get(`${kind}:${id}`) ?? null);
    },
  };
  if (options.push) {
    source.subscribe = (_kind, _id, listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
  }
  if (options.actions) {
    source.startReturn = async (input) => {
      const created: Resource = {
        kind: 'return',
        return: {
          id: 'ret_1',
          rma: 'RMA-1',
          orderId: input.orderId,
          stage: 'requested',
          items: [],
          shipment: null,
          refund: null,
          createdAt: { kind: 'date', date: '2024-11-28', raw: '2024-11-28' },
        },
      };
      extra.set('return:ret_1', created);
      return created;
    };
    source.reportIssue = async () => ({
      reference: 'ISS-1',
      createdAt: { kind: 'date', date: '2024-11-28', raw: '2024-11-28' },
    });
  }
  const update = (change: (order: Order) => void) => {
    order = structuredClone(order);
    change(order);
    for (const listener of listeners) listener({ kind: 'order', order });
  };
  return { source, calls, update, listeners };
}
