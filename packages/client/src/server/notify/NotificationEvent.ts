import type { EtaChange } from '../../model/Eta.js';

/** A milestone a shopper can be told about. `shipped` is the first scan in transit. */
export type NotificationMilestone = 'shipped' | 'out_for_delivery' | 'delivered' | 'available_for_pickup' | 'exception';

/** Something worth a message, found by comparing a parcel with what was last seen of it. */
export type NotificationEvent =
  | { type: 'milestone'; milestone: NotificationMilestone }
  | {
      type: 'eta_changed';
      /** The move, with the reason the provider gave (`weather`, `carrier_delay`, …). */
      change: EtaChange;
    };
