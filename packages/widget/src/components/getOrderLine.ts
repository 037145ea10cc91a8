import { isOpenRecord, type LookupResult, type TimeValue } from '@waypost/client';

/** What one line of the order list shows: the number the shopper knows, a status message key, a date. */
export interface OrderLine {
  number: string;
  /**
   * A message key: the milestone's label, "Delayed" for a late parcel, "Ready for pickup", `headline.attention` for
   * any other exception, or the stage of the open return or exchange the line leads with.
   */
  status: string;
  /** The open return or exchange an order's line leads with, named before its stage ("Return RMA-58213 · …"). */
  record?: { title: 'return.title'; rma: string } | { title: 'exchange.title' } | undefined;
  /** When the order was placed (or the record last updated), when known. */
  date?: TimeValue | undefined;
}

/**
 * Reads the line the order list shows for a looked-up record: an order's number and overall status (or, when it
 * has one, the stage of its open exchange or return, which the shopper came back for), a parcel's tracking number
 * and status, a return's RMA or an exchange's order number with its stage.
 *
 * @example getOrderLine(result) // { number: 'W1001', status: 'milestone.in_transit', date: { kind: 'instant', … } }
 */
export function getOrderLine(result: LookupResult): OrderLine {
  const pick = (milestone: string, exception: string | null | undefined) =>
    exception === 'available_for_pickup'
      ? 'headline.pickup'
      : exception === 'delayed'
        ? 'orders.delayed'
        : exception
          ? 'headline.attention'
          : `milestone.${milestone}`;
  switch (result.kind) {
    case 'order': {
      const { number, status, placedAt, returns, exchanges } = result.order;
      // What the shopper came back for leads, as in the order's view: an open exchange, else an open return.
      const exchange = exchanges.find(isOpenRecord);
      if (exchange) {
        return {
          number,
          status: `exchange.stage.${exchange.stage}`,
          record: { title: 'exchange.title' },
          date: placedAt,
        };
      }
      const open = returns.find(isOpenRecord);
      if (open) {
        return {
          number,
          status: `return.stage.${open.stage}`,
          record: { title: 'return.title', rma: open.rma },
          date: placedAt,
        };
      }
      return { number, status: pick(status.milestone, status.exception), date: placedAt };
    }
    case 'shipment': {
      const { trackingNumber, status, updatedAt } = result.shipment;
      return { number: trackingNumber, status: pick(status.milestone, status.exception), date: updatedAt };
    }
    case 'return':
      return {
        number: result.return.rma,
        status: `return.stage.${result.return.stage}`,
        date: result.return.updatedAt,
      };
    case 'exchange': {
      const { orderNumber, id, stage, updatedAt } = result.exchange;
      return { number: orderNumber ?? id, status: `exchange.stage.${stage}`, date: updatedAt };
    }
  }
}
