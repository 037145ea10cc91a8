import type { Order } from '../../model/Order.js';
import type { DemoClock } from './createDemoClock.js';

/** What every scenario is built with. */
export interface DemoContext {
  /** Demo time, read fresh on every build so records move forward as it runs. */
  clock: DemoClock;
  /** The storefront's origin; product images and return labels are served from it. */
  storeUrl: string;
}

/** One seeded order of the demo: a pure function of demo time. */
export interface DemoScenario {
  /** The order number a shopper types (`W1001`). */
  number: string;
  /** What the scenario shows, in a few words. */
  title: string;
  build(context: DemoContext): Order;
}

/** Minutes in an hour and in a day, for writing scan times as `ago(2 * DAY + 3 * HOUR)`. */
export const HOUR = 60;
export const DAY = 24 * HOUR;
