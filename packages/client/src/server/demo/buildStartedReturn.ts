import type { StartReturnInput } from '../../model/Actions.js';
import type { Exchange } from '../../model/Exchange.js';
import type { Order } from '../../model/Order.js';
import type { RefundMethod } from '../../model/RefundMethod.js';
import type { Return, ReturnItem } from '../../model/Return.js';
import type { ReturnResolution } from '../../model/ReturnResolution.js';
import { buildDemoShipment } from './buildDemoShipment.js';
import type { DemoClock } from './createDemoClock.js';
import { demoPlaces, shopperZone } from './demoPlaces.js';

/** A return or exchange a shopper started during this run, kept as input so it is rebuilt with the clock. */
export interface StartedReturn {
  id: string;
  rma: string;
  trackingNumber: string;
  /** Demo time of the request. */
  createdAt: Date;
  input: StartReturnInput;
  exchangeId?: string;
}

const refundMethods: Record<ReturnResolution, RefundMethod> = {
  refund: 'original_payment',
  store_credit: 'store_credit',
  exchange: 'exchange',
};

/**
 * Builds a return started in the demo: approved at once, with a prepaid USPS label and 14 days to drop it off.
 * For an exchange, the return comes wrapped in its exchange record.
 *
 * @example buildStartedReturn(clock, 'http://localhost:4321', order, started) // { kind: 'return', value: … }
 */
export function buildStartedReturn(
  clock: DemoClock,
  storeUrl: string,
  order: Order,
  started: StartedReturn,
): { kind: 'return'; value: Return } | { kind: 'exchange'; value: Exchange } {
  const items = started.input.items.map((line): ReturnItem => {
    const { returnable: _, ...item } = order.items.find((candidate) => candidate.id === line.itemId) ?? {
      id: line.itemId,
      title: line.itemId,
      quantity: line.quantity,
    };
    return { ...item, quantity: line.quantity, reason: line.reason };
  });
  const shipment = buildDemoShipment(clock, {
    id: `shp_${started.id}`,
    direction: 'return',
    carrier: 'usps',
    trackingNumber: started.trackingNumber,
    itemIds: items.map((item) => item.id),
    scans: [
      {
        at: started.createdAt,
        description: 'Shipping Label Created, USPS Awaiting Item',
        code: 'GX',
        place: demoPlaces.sanFrancisco,
        milestone: 'label_created',
      },
    ],
  });
  const amount = items.reduce((sum, item) => sum + (item.price?.amount ?? 0) * item.quantity, 0);
  const rma: Return = {
    id: started.id,
    rma: started.rma,
    orderId: order.id,
    orderNumber: order.number,
    stage: 'label_created',
    items,
    shipment,
    refund: {
      amount: { amount: Math.round(amount * 100) / 100, currency: 'USD' },
      method: refundMethods[started.input.resolution],
      status: 'pending',
    },
    labelUrl: `${storeUrl}/labels/return-label.svg`,
    dropOffBy: clock.date(new Date(started.createdAt.getTime() + 14 * 86_400_000), shopperZone),
    createdAt: clock.instant(started.createdAt),
  };
  if (!started.exchangeId) return { kind: 'return', value: rma };
  rma.exchangeId = started.exchangeId;
  const wanted = new Map(started.input.exchangeFor?.map((swap) => [swap.itemId, swap.variant]));
  return {
    kind: 'exchange',
    value: {
      id: started.exchangeId,
      orderId: order.id,
      orderNumber: order.number,
      stage: 'requested',
      return: rma,
      replacement: {
        items: items.map(({ reason: _, ...item }) => {
          const variant = wanted.get(item.id) ?? item.variant;
          return variant ? { ...item, id: `${item.id}_x`, variant } : { ...item, id: `${item.id}_x` };
        }),
        shipment: null,
      },
      createdAt: rma.createdAt,
    },
  };
}
