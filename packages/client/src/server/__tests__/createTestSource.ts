import type { Resource } from '../../model/LookupResult.js';
import type { Order } from '../../model/Order.js';
import type { Shipment } from '../../model/Shipment.js';
import type { Source } from '../../source/Source.js';

/** A long-enough signing secret for tests. */
export const testSecret = 'test-secret-0123456789abcdef0123456789abcdef';

const time = { kind: 'instant', utc: '2024-11-20T15:00:00.000Z', raw: '2024-11-20T15:00:00Z' } as const;

/** A parcel whose last scan carries the recipient's postal code and waits at a pickup point with an address. */
export function testShipment(id = 'shp_1', trackingNumber = '1Z999AA10123456784'): Shipment {
  return {
    id,
    direction: 'outbound',
    carrier: { code: 'ups', name: 'UPS' },
    trackingNumber,
    status: {
      milestone: 'in_transit',
      exception: null,
      actionRequired: false,
      raw: { provider: 'test', status: 'InTransit' },
    },
    eta: null,
    events: [
      {
        time,
        milestone: 'in_transit',
        description: 'Arrived at facility',
        location: { city: 'San Francisco', region: 'CA', country: 'US', postalCode: '94107' },
      },
    ],
    itemIds: ['li_1'],
    pickupPoint: { name: 'Corner Shop', address: '1 Main St, San Francisco', hours: '9–5' },
  };
}

function testOrder(id: string, number: string, shipment: Shipment): Order {
  return {
    id,
    number,
    placedAt: time,
    status: { milestone: 'in_transit', exception: null },
    shipments: [shipment],
    items: [
      { id: 'li_1', title: 'Trail Runner', variant: 'Blue / 42', quantity: 2, exchangeVariants: ['Blue / 43'] },
      { id: 'li_2', title: 'Gift card', quantity: 1, returnable: { eligible: false, reason: 'final_sale' } },
    ],
    returns: [
      {
        id: `ret_${id}`,
        rma: 'RMA-1',
        stage: 'in_transit',
        items: [],
        shipment: testShipment(`shp_ret_${id}`, `RET${number}`),
        refund: null,
        createdAt: time,
      },
    ],
    exchanges: [],
    links: {},
    customerFirstName: 'Ada',
    updatedAt: time,
  };
}

/** What the test source exposes besides the `Source` interface. */
export interface TestSource extends Source {
  orders: Map<string, Order>;
  /** Calls the `subscribe` listeners of `kind`/`id`. */
  emit(kind: string, id: string, resource: Resource): void;
  /** Open `subscribe` listeners. */
  readonly listenerCount: number;
}

/**
 * A small in-memory source: orders W1001 (ord_1, shopper@example.com, 94107) and W1002 (ord_2,
 * other@example.com, SW1A 1AA), each with a shipment and a return; every optional method, minus those in `without`.
 */
export function createTestSource(without: Array<keyof Source> = []): TestSource {
  const orders = new Map<string, Order>([
    ['ord_1', testOrder('ord_1', 'W1001', testShipment())],
    ['ord_2', testOrder('ord_2', 'W1002', testShipment('shp_2', '9400100000000000000002'))],
  ]);
  const contacts = new Map([
    ['ord_1', { email: 'shopper@example.com', postalCode: '94107' }],
    ['ord_2', { email: 'other@example.com', postalCode: 'SW1A 1AA' }],
  ]);
  const listeners = new Map<string, Set<(resource: Resource) => void>>();
  const allShipments = () =>
    [...orders.values()].flatMap((order) => [
      ...order.shipments,
      ...order.returns.flatMap((r) => (r.shipment ? [r.shipment] : [])),
    ]);
  const source: TestSource = {
    name: 'test',
    orders,
    get listenerCount() {
      return [...listeners.values()].reduce((sum, set) => sum + set.size, 0);
    },
    emit(kind, id, resource) {
      for (const listener of listeners.get(`${kind}:${id}`) ?? []) listener(resource);
    },
    async findOrder(orderNumber) {
      const order = [...orders.values()].find(
        (candidate) => candidate.number.toLowerCase() === orderNumber.toLowerCase(),
      );
      return order ? { order, contact: contacts.get(order.id) ?? {} } : null;
    },
    async findShipment({ trackingNumber }) {
      return allShipments().find((shipment) => shipment.trackingNumber === trackingNumber) ?? null;
    },
    async get(kind, id) {
      if (kind === 'order') {
        const order = orders.get(id);
        return order ? { kind, order } : null;
      }
      if (kind === 'shipment') {
        const shipment = allShipments().find((candidate) => candidate.id === id);
        return shipment ? { kind, shipment } : null;
      }
      if (kind === 'return') {
        const record = [...orders.values()].flatMap((order) => order.returns).find((candidate) => candidate.id === id);
        return record ? { kind, return: record } : null;
      }
      return null;
    },
    subscribe(kind, id, listener) {
      const key = `${kind}:${id}`;
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      return () => set.delete(listener);
    },
    async startReturn(input) {
      return {
        kind: 'return',
        return: {
          id: 'ret_new',
          rma: 'RMA-NEW',
          orderId: input.orderId,
          stage: 'requested',
          items: [],
          shipment: null,
          refund: null,
          createdAt: time,
        },
      };
    },
    async subscribeAlerts(input) {
      return { id: 'alert_1', channel: input.channel, milestones: input.milestones, createdAt: time };
    },
    async reportIssue() {
      return { reference: 'ISSUE-1', createdAt: time };
    },
    features: { alertChannels: ['email', 'sms'] },
  };
  for (const name of without) delete (source as unknown as Record<string, unknown>)[name];
  return source;
}
