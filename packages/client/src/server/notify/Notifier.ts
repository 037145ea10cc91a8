import type { AlertSubscription, AlertSubscriptionInput } from '../../model/Actions.js';
import type { Resource } from '../../model/LookupResult.js';
import type { Shipment } from '../../model/Shipment.js';
import type { SourceContext } from '../../source/Source.js';

/** What `createNotifier` returns: an alerts backend for `composeSources` and the handler, and its outbox worker. */
export interface Notifier {
  /** Stores an opt-in with the record's parcels as its baseline (`Source.subscribeAlerts`). */
  subscribeAlerts(input: AlertSubscriptionInput, context: SourceContext): Promise<AlertSubscription>;
  /** Compares a fresh parcel (a provider webhook) with every subscription following it; queues and sends. */
  receiveShipment(shipment: Shipment): Promise<void>;
  /** The same for a whole record, which also picks up parcels added since the opt-in. */
  receiveRecord(resource: Resource): Promise<void>;
  /** Sends what is due: new messages, retries, messages held by quiet hours. Returns how many were attempted. */
  deliverDue(): Promise<number>;
  /** Withdraws the subscription a signed token names; `false` for a token that does not verify. */
  unsubscribe(token: string): Promise<boolean>;
  /** The locale of the subscription a signed token names, for the unsubscribe page; `null` when it does not verify. */
  getSubscriptionLocale(token: string): Promise<string | null>;
  /** Runs `deliverDue` every `intervalMs` (default 30 s) until the returned function is called. */
  start(intervalMs?: number): () => void;
  /** Channels offered to shoppers. */
  readonly channels: Array<'email' | 'sms'>;
}
