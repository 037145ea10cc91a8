import type { ResourceKind } from '../../model/ResourceKind.js';
import type { OutboxEntry } from './OutboxEntry.js';
import type { ParcelState } from './ParcelState.js';
import type { StoredSubscription } from './StoredSubscription.js';

/** A subscription with one of its parcels, as a tracking update finds them. */
export interface SubscribedParcel {
  subscription: StoredSubscription;
  parcel: ParcelState;
}

/**
 * Where a notifier keeps opt-ins, what it last saw of each parcel, and its outbox. Every method may be async, so a
 * store can live in SQLite (`createSqliteSubscriptionStore`), Redis or a retailer's own database. A store shared by
 * several processes must make `claimDue` atomic: an entry it hands out is not handed out again before `leaseMs`.
 */
export interface SubscriptionStore {
  /** Saves a new opt-in with the parcels its record holds now. */
  add(subscription: StoredSubscription, parcels: ParcelState[]): Promise<void>;
  get(id: string): Promise<StoredSubscription | null>;
  /** Marks the opt-in as withdrawn; its pending messages are not sent. Idempotent. */
  unsubscribe(id: string, at: number): Promise<void>;
  /** Active subscriptions that follow the parcel with this tracking key. */
  findByTrackingKey(trackingKey: string): Promise<SubscribedParcel[]>;
  /** Active subscriptions on a record, with the parcels known for each. */
  findByRecord(
    kind: ResourceKind,
    recordId: string,
  ): Promise<Array<{ subscription: StoredSubscription; parcels: ParcelState[] }>>;
  /** Inserts or replaces what was last seen of one parcel of a subscription. */
  saveParcel(subscriptionId: string, parcel: ParcelState): Promise<void>;
  /** Queues a message; `false` (and no change) when its `dedupeKey` was queued before. */
  enqueue(entry: OutboxEntry): Promise<boolean>;
  /** Hands out pending entries due by `now` and leases them for `leaseMs`. */
  claimDue(now: number, limit: number, leaseMs: number): Promise<OutboxEntry[]>;
  /** Records the outcome of an attempt. */
  update(entry: OutboxEntry): Promise<void>;
  /** Every outbox entry of a subscription, oldest first: the delivery record. */
  listEntries(subscriptionId: string): Promise<OutboxEntry[]>;
  /** Releases the database. */
  close(): Promise<void>;
}
