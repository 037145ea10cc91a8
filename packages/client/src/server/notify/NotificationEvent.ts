import type { EtaChange } from '../../model/Eta.js';

/** A milestone a shopper can be told about. `shipped` is the first scan in transit. */
export type NotificationMilestone = 'shipped' | 'out_for_delivery' | 'delivered' | 'available_for_pickup' | 'exception';

/** Something worth a message, found by comparing a parcel with what was last seen of it. */
export type NotificationEvent =
  | { type: 'milestone'; milestone: NotificationMilestone }
  | {
      type: 'eta_changed';
      /**
       * The move, with the reason the provider gave (`weather`, `carrier_delay`, …). Its `from`, when set, is the
       * provider's earlier estimate, not necessarily the date the shopper was told.
       */
      change: EtaChange;
      /**
       * Which way the date moved from the one the shopper was last told (the parcel's stored ETA): it picks the
       * "delayed" or "sooner" wording. Absent in messages queued before it was recorded.
       */
      direction?: 'later' | 'earlier';
    };
