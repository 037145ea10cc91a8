import { NotFoundError } from '../../errors/NotFoundError.js';
import type { Order } from '../../model/Order.js';
import type { ResourceKind } from '../../model/ResourceKind.js';
import type { Source, SourceOrder } from '../../source/Source.js';
import { createDemoActions } from './createDemoActions.js';
import { createDemoClock } from './createDemoClock.js';
import { createDemoRandom } from './createDemoRandom.js';
import { createDemoSubscriptions } from './createDemoSubscriptions.js';
import { demoScenarios } from './demoScenarios.js';
import { findDemoRecord, listDemoShipments } from './findDemoRecord.js';

/** Options of `demoSource`. */
export interface DemoSourceOptions {
  /**
   * The wall clock the demo runs on; inject one in tests to move the scenarios forward by hand.
   * @default () => new Date()
   * @example demoSource({ now: () => fakeNow })
   */
  now?: () => Date;
  /**
   * How many times faster than the wall clock demo time runs (`60`: a scripted hour passes in a minute).
   * @default 1
   * @example demoSource({ speed: 60 })
   */
  speed?: number;
  /**
   * Seeds the ids and reference numbers that actions create (`RMA-…`, `WP-…`), so tests see stable values.
   * @default a random seed per source
   * @example demoSource({ seed: 42 })
   */
  seed?: number;
  /**
   * Origin of the storefront that serves the demo's product images and return label.
   * @default 'http://localhost:4321'
   * @example demoSource({ storeUrl: 'http://localhost:8080' })
   */
  storeUrl?: string;
  /**
   * Milliseconds between two checks of a watched record for changes.
   * @default 5000
   * @example demoSource({ tick: 1000 })
   */
  tick?: number;
}

/** Where the demo's lookups are verified against: every seeded order belongs to this shopper. */
export const DEMO_CONTACT = { email: 'shopper@example.com', postalCode: '94107' } as const;

const normalizeNumber = (value: string) => value.trim().replace(/^#/, '').toUpperCase();
const normalizeTracking = (value: string) => value.replace(/[\s-]+/g, '').toUpperCase();

/**
 * A complete in-memory backend of seeded scenarios (W1001–W1008) for demos, docs and tests. Every time is
 * relative to when the source was created, and demo time keeps running: parcels in transit gain scans and move
 * forward, and `subscribe` pushes each change. The scenarios are built at most once per second of demo time and
 * shared by every read, so the demo serves load tests, not only demos. Records are shared: treat them as read-only. Lookups verify against `shopper@example.com` / `94107`.
 *
 * @example
 * const handler = createHandler({ source: demoSource(), secret: process.env.WAYPOST_SECRET })
 */
export function demoSource(options: DemoSourceOptions = {}): Source {
  const wallClock = options.now ?? (() => new Date());
  const speed = options.speed ?? 1;
  const storeUrl = (options.storeUrl ?? 'http://localhost:4321').replace(/\/+$/, '');
  const origin = Math.floor(wallClock().getTime() / 1000) * 1000;
  const start = new Date(origin);
  const actions = createDemoActions(createDemoRandom(options.seed ?? Math.floor(Math.random() * 2 ** 32)), storeUrl);
  const getClock = () => createDemoClock(start, new Date(origin + Math.max(0, wallClock().getTime() - origin) * speed));
  // Building all eight scenarios is the demo's whole cost: build once per second of demo time (no scan is scripted
  // finer than a minute) and again after each action, and share the result between every read and every stream.
  let built: { second: number; version: number; orders: Order[] } | undefined;
  let version = 0;
  const buildOrders = (): Order[] => {
    const clock = getClock();
    const second = Math.floor(clock.now.getTime() / 1_000);
    if (built?.second === second && built.version === version) return built.orders;
    const orders = demoScenarios.map((scenario) => actions.apply(scenario.build({ clock, storeUrl }), clock));
    built = { second, version, orders };
    return orders;
  };
  const read = (kind: ResourceKind, id: string) => findDemoRecord(buildOrders(), kind, id);
  const subscriptions = createDemoSubscriptions(read, options.tick ?? 5_000);
  const requireRecord = (kind: ResourceKind, id: string) => {
    const record = read(kind, id);
    if (!record) throw new NotFoundError(`[waypost] demo: no ${kind} ${id}`);
    return record;
  };

  return {
    name: 'demo',
    features: { alertChannels: ['email', 'sms'], exchanges: true, storeCredit: true },
    async findOrder(orderNumber): Promise<SourceOrder | null> {
      const wanted = normalizeNumber(orderNumber);
      const order = buildOrders().find((candidate) => candidate.number === wanted);
      return order ? { order, contact: { ...DEMO_CONTACT } } : null;
    },
    async findShipment({ trackingNumber, carrier }) {
      const wanted = normalizeTracking(trackingNumber);
      const shipment = listDemoShipments(buildOrders()).find((candidate) => candidate.trackingNumber === wanted);
      if (!shipment) return null;
      const named = carrier?.trim().toLowerCase();
      const matches =
        !named || shipment.carrier.code.startsWith(named) || shipment.carrier.name.toLowerCase() === named;
      return matches ? shipment : null;
    },
    async get(kind, id) {
      return read(kind, id);
    },
    subscribe: (kind, id, listener) => subscriptions.subscribe(kind, id, listener),
    async startReturn(input) {
      const record = requireRecord('order', input.orderId);
      if (record.kind !== 'order') throw new NotFoundError(`[waypost] demo: no order ${input.orderId}`);
      const created = actions.startReturn(record.order, input, getClock());
      version += 1;
      subscriptions.checkAll();
      return created;
    },
    async subscribeAlerts(input) {
      requireRecord(input.kind, input.id);
      const subscription = actions.subscribeAlerts(input, getClock());
      version += 1;
      return subscription;
    },
    async reportIssue(input) {
      requireRecord(input.kind, input.id);
      const receipt = actions.reportIssue(input, getClock());
      version += 1;
      return receipt;
    },
  };
}
