import type { AlertChannel } from '../../model/AlertChannel.js';
import type { Source } from '../../source/Source.js';

/** A backend that starts returns: a Shopify returns source, `createReturnsWebhookSink`, or your own. */
export type ReturnsBackend = Required<Pick<Source, 'startReturn'>> & Pick<Source, 'features'>;

/** A backend that stores alert opt-ins: `createNotifier(…)`, or your own. */
export type AlertsBackend = Required<Pick<Source, 'subscribeAlerts'>> & {
  /** Channels offered to shoppers (a notifier says this itself). */
  readonly channels?: AlertChannel[];
};

/** A backend that takes issue reports: `createIssueRouter(…)`, or your own. */
export type IssuesBackend = Required<Pick<Source, 'reportIssue'>>;

/** Options of `composeSources`. */
export interface ComposeSourcesOptions {
  /**
   * The system of record for orders, returns and exchanges (Shopify, your database): lookups and reads.
   * @example createShopifySource({ shop, accessToken })
   */
  orders: Source;
  /**
   * Where parcels are tracked (AfterShip, EasyPost…): tracking-number lookups, shipment reads, and fresher parcels
   * inside orders — each parcel of an order is replaced by what this source knows of its tracking number.
   * @default undefined (the orders source's own parcels)
   * @example createAfterShipSource({ apiKey })
   */
  tracking?: Source;
  /** Starts returns and exchanges. @default the orders source's `startReturn`, if any */
  returns?: ReturnsBackend;
  /** Stores alert opt-ins. @default the orders source's `subscribeAlerts`, if any */
  alerts?: AlertsBackend;
  /** Takes issue reports. @default the orders source's `reportIssue`, if any */
  issues?: IssuesBackend;
  /**
   * Called when the tracking source fails for one parcel; the order is served with the parcel as the orders source
   * has it.
   * @default logs with console.warn
   */
  onTrackingError?: (error: unknown, trackingNumber: string) => void;
}
