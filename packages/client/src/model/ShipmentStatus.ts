import type { Milestone } from './Milestone.js';
import type { ShipmentException } from './ShipmentException.js';

/** Progress and attention of a shipment, plus what the provider said, kept for support staff. */
export interface ShipmentStatus {
  milestone: Milestone;
  exception: ShipmentException | null;
  /** The shopper must do something (confirm an address, pick up, pay duties). */
  actionRequired: boolean;
  raw: {
    provider: string;
    status: string;
    substatus?: string | null;
    message?: string | null;
  };
}
