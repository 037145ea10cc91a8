import type { Milestone } from '../../model/Milestone.js';

const byStatus = new Map(
  Object.entries<Milestone | null>({
    open: 'ordered',
    scheduled: 'ordered',
    in_progress: 'processing',
    on_hold: 'processing',
    incomplete: 'processing',
    closed: 'processing',
    cancelled: null,
  }),
);

/**
 * Where the items of a Shopify fulfillment order stand before they ship: `open`/`scheduled` → `ordered`,
 * `in_progress`/`on_hold`/`incomplete` → `processing`, `closed` → `processing` (its shipments say more),
 * `cancelled` → `null` (those items are not coming). REST lower case or GraphQL upper case; unknown → `ordered`.
 *
 * @example mapShopifyFulfillmentOrderStatus('IN_PROGRESS') // 'processing'
 */
export function mapShopifyFulfillmentOrderStatus(status: string): Milestone | null {
  const mapped = byStatus.get(status.toLowerCase());
  return mapped === undefined ? 'ordered' : mapped;
}
