import type { Milestone } from './Milestone.js';
import type { ShipmentException } from './ShipmentException.js';

/** Progress and attention of a shipment, plus what the provider said, kept for support staff. */
export interface ShipmentStatus {
  milestone: Milestone;
  exception: ShipmentException | null;
  /** The shopper must do something (confirm an address, pick up, pay duties). */
  actionRequired: boolean;
  /**
   * Why the exception happened, in the carrier's or the retailer's words, short enough for a banner
   * (`Apartment or suite number missing from the address`). Absent when no cause is known.
   */
  cause?: string;
  /** What the shopper can do about it, as the source offers it: the text of the step and an http/https link. */
  nextStep?: { label: string; url?: string };
  raw: {
    provider: string;
    status: string;
    substatus?: string | null;
    message?: string | null;
  };
}
