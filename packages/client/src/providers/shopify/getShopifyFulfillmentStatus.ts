import type { Milestone } from '../../model/Milestone.js';
import type { ShipmentStatus } from '../../model/ShipmentStatus.js';
import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { getKeptMilestone } from '../shared/getKeptMilestone.js';
import { mapShopifyShipmentStatus } from './mapShopifyShipmentStatus.js';

/** The fields of a fulfillment its status is read from. */
export interface ShopifyFulfillmentState {
  /** REST `status` (`pending`, `open`, `success`, `cancelled`, `error`, `failure`) or GraphQL `FulfillmentStatus`. */
  status: string;
  /** REST `shipment_status` / GraphQL `displayStatus`-like carrier status; `null` when no carrier updates it. */
  shipmentStatus: string | null;
  hasTracking: boolean;
  events: readonly TrackingEvent[];
}

/**
 * The shipment status of a Shopify fulfillment. `shipment_status` gives the milestone when a carrier integration
 * fills it; otherwise a fulfillment with a tracking number is `label_created` (Shopify's CONFIRMED default, or
 * the furthest milestone its events reached) and one without is `processing`. The fulfillment's own `status`
 * adds the exception: `cancelled` → cancelled, `error`/`failure` → exception.
 *
 * @example getShopifyFulfillmentStatus({ status: 'failure', shipmentStatus: null, hasTracking: true, events: [] })
 * // { milestone: 'label_created', exception: 'exception', actionRequired: false, raw: { provider: 'shopify', … } }
 */
export function getShopifyFulfillmentStatus(state: ShopifyFulfillmentState): ShipmentStatus {
  const status = state.status.toLowerCase();
  const carrier = state.shipmentStatus ? mapShopifyShipmentStatus(state.shipmentStatus) : null;
  const pending = status === 'pending' || status === 'open';
  const fallback: Milestone = pending
    ? 'processing'
    : state.hasTracking || state.events.length > 0
      ? getKeptMilestone(state.events)
      : 'processing';
  const milestone = carrier?.milestone ?? fallback;
  const exception =
    status === 'cancelled'
      ? 'cancelled'
      : status === 'error' || status === 'failure'
        ? 'exception'
        : (carrier?.exception ?? null);
  return {
    milestone,
    exception,
    actionRequired: carrier?.actionRequired ?? false,
    raw: { provider: 'shopify', status: state.status, substatus: state.shipmentStatus },
  };
}
