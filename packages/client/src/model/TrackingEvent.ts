import type { Location } from './Location.js';
import type { Milestone } from './Milestone.js';
import type { ShipmentException } from './ShipmentException.js';
import type { TimeValue } from './TimeValue.js';

/** One carrier scan or status message in a shipment's timeline. */
export interface TrackingEvent {
  /** When it happened; `null` when the carrier sent no time. */
  time: TimeValue | null;
  milestone?: Milestone;
  exception?: ShipmentException;
  /** Plain text (HTML entities decoded). */
  description: string;
  location?: Location;
  /** The provider's own code for this event (`InTransit_003`, `delivery_attempted`). */
  code?: string;
}
