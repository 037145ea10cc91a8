import type { Carrier } from './Carrier.js';
import type { Eta } from './Eta.js';
import type { ShipmentStatus } from './ShipmentStatus.js';
import type { TimeValue } from './TimeValue.js';
import type { TrackingEvent } from './TrackingEvent.js';

/** One parcel, outbound to the shopper or coming back as a return. */
export interface Shipment {
  id: string;
  direction: 'outbound' | 'return';
  carrier: Carrier;
  trackingNumber: string;
  /** The carrier's tracking page (http/https), when known. */
  trackingUrl?: string;
  status: ShipmentStatus;
  /** `null` when unknown, and always once delivered. */
  eta: Eta | null;
  /** Sorted oldest first by parsed time, ties kept in source order. */
  events: TrackingEvent[];
  /** Ids of the order's line items in this parcel. */
  itemIds: string[];
  deliveredAt?: TimeValue;
  /** Where to collect it, when it waits at a pickup point. */
  pickupPoint?: { name: string; address?: string; hours?: string };
  updatedAt?: TimeValue;
}
