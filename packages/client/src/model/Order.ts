import type { Exchange } from './Exchange.js';
import type { LineItem } from './LineItem.js';
import type { Milestone } from './Milestone.js';
import type { Money } from './Money.js';
import type { Return } from './Return.js';
import type { Shipment } from './Shipment.js';
import type { ShipmentException } from './ShipmentException.js';
import type { TimeValue } from './TimeValue.js';

/** An order with everything that happened after checkout. */
export interface Order {
  id: string;
  /** The number the shopper knows (`W1001`). */
  number: string;
  placedAt: TimeValue;
  /** Overall progress: the least advanced shipment, and the most pressing exception. */
  status: { milestone: Milestone; exception: ShipmentException | null };
  shipments: Shipment[];
  items: LineItem[];
  returns: Return[];
  exchanges: Exchange[];
  links: {
    /** The retailer's returns portal (http/https). */
    returnsPortal?: string;
    /** The retailer's support page (http/https). */
    support?: string;
    /**
     * The order's page in the shopper's account (http/https): a page that asks the shopper to sign in, never a link
     * that opens the order's details by itself (such as Shopify's `order_status_url`).
     */
    order?: string;
  };
  total?: Money;
  /** First name only, for a greeting. Never sent on tracking-number lookups. */
  customerFirstName?: string;
  updatedAt: TimeValue;
}
