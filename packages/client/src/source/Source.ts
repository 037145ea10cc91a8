import type {
  AlertSubscription,
  AlertSubscriptionInput,
  IssueReceipt,
  IssueReportInput,
  StartReturnInput,
} from '../model/Actions.js';
import type { AlertChannel } from '../model/AlertChannel.js';
import type { Resource } from '../model/LookupResult.js';
import type { Order } from '../model/Order.js';
import type { ResourceKind } from '../model/ResourceKind.js';
import type { Shipment } from '../model/Shipment.js';

/** What a source call gets besides its arguments. */
export interface SourceContext {
  /** Aborted when the caller gives up (client abort, handler timeout, SSE disconnect). */
  signal?: AbortSignal;
  /** The shopper's resolved locale, for sources that localize text. */
  locale?: string;
  /**
   * The record an action is about, as the handler read it after checking the access token. Set for
   * `subscribeAlerts`, `reportIssue` and `startReturn` (the order), so a backend need not read it again.
   */
  resource?: Resource;
  /**
   * Who is reporting, for `reportIssue`: the order's contact as the orders source knows it (`composeSources` looks
   * it up), so a helpdesk ticket has the shopper as its requester. Server-side only; never from the browser.
   */
  requester?: { email: string; name?: string };
}

/** An order plus the private contact data a lookup is verified against. The contact never leaves the server. */
export interface SourceOrder {
  order: Order;
  contact: { email?: string; postalCode?: string };
}

/**
 * A backend of records: the demo, a provider adapter, or a retailer's own database. The handler serves the HTTP
 * protocol over a source; `createClient({ source })` runs the client API over one in process. Optional methods
 * decide the capabilities.
 */
export interface Source {
  /** Short name, used in logs and in `status.raw.provider`. */
  readonly name: string;
  /** Find an order by the number the shopper knows. Verification is done by the caller, not the source. */
  findOrder?(orderNumber: string, context: SourceContext): Promise<SourceOrder | null>;
  /** Find a parcel by tracking number. */
  findShipment?(query: { trackingNumber: string; carrier?: string }, context: SourceContext): Promise<Shipment | null>;
  /** Read a record by kind and id; `null` when there is none. */
  get(kind: ResourceKind, id: string, context: SourceContext): Promise<Resource | null>;
  /** Push: call `listener` whenever the record changes; returns an unsubscribe function. */
  subscribe?(kind: ResourceKind, id: string, listener: (resource: Resource) => void): () => void;
  /** Start a return or an exchange; resolves to the new `return` or `exchange` record. */
  startReturn?(input: StartReturnInput, context: SourceContext): Promise<Resource>;
  subscribeAlerts?(input: AlertSubscriptionInput, context: SourceContext): Promise<AlertSubscription>;
  reportIssue?(input: IssueReportInput, context: SourceContext): Promise<IssueReceipt>;
  /** Fine print of the capabilities that the methods above cannot say. */
  readonly features?: {
    /** @default ['email'] when `subscribeAlerts` exists */
    alertChannels?: AlertChannel[];
    /** @default true when `startReturn` exists */
    exchanges?: boolean;
    /** @default true when `startReturn` exists */
    storeCredit?: boolean;
  };
}
