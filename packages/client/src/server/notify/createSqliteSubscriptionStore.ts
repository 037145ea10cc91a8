import type { ResourceKind } from '../../model/ResourceKind.js';
import { importOptionalPeer } from '../importOptionalPeer.js';
import type { OutboxEntry } from './OutboxEntry.js';
import type { ParcelState } from './ParcelState.js';
import type { StoredSubscription } from './StoredSubscription.js';
import type { SubscriptionStore } from './SubscriptionStore.js';

/** Options of `createSqliteSubscriptionStore`. */
export interface SqliteSubscriptionStoreOptions {
  /**
   * The database file; created with its tables when missing. `:memory:` keeps nothing across restarts.
   * @example './data/waypost-alerts.sqlite'
   */
  filename: string;
}

// The subset of better-sqlite3 this store uses, so the optional peer's types are not needed to compile it.
interface Statement {
  run(...parameters: unknown[]): { changes: number };
  get(...parameters: unknown[]): unknown;
  all(...parameters: unknown[]): unknown[];
}
interface Database {
  exec(sql: string): void;
  pragma(sql: string): unknown;
  prepare(sql: string): Statement;
  transaction<T extends (...args: never[]) => unknown>(fn: T): T;
  close(): void;
}

const schema = `
CREATE TABLE IF NOT EXISTS waypost_subscriptions (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL, channel TEXT NOT NULL, address TEXT NOT NULL,
  milestones TEXT NOT NULL, consent_text TEXT NOT NULL, locale TEXT NOT NULL, created_at INTEGER NOT NULL,
  unsubscribed_at INTEGER
);
CREATE INDEX IF NOT EXISTS waypost_subscriptions_record ON waypost_subscriptions (kind, record_id);
CREATE TABLE IF NOT EXISTS waypost_parcels (
  subscription_id TEXT NOT NULL, tracking_key TEXT NOT NULL, state TEXT NOT NULL,
  PRIMARY KEY (subscription_id, tracking_key)
);
CREATE INDEX IF NOT EXISTS waypost_parcels_tracking ON waypost_parcels (tracking_key);
CREATE TABLE IF NOT EXISTS waypost_outbox (
  id TEXT PRIMARY KEY, subscription_id TEXT NOT NULL, dedupe_key TEXT NOT NULL UNIQUE, entry TEXT NOT NULL,
  status TEXT NOT NULL, next_attempt_at INTEGER NOT NULL, leased_until INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS waypost_outbox_due ON waypost_outbox (status, next_attempt_at);
`;

type SubscriptionRow = {
  id: string;
  kind: ResourceKind;
  record_id: string;
  channel: 'email' | 'sms';
  address: string;
  milestones: 'all' | 'key';
  consent_text: string;
  locale: string;
  created_at: number;
  unsubscribed_at: number | null;
};

const toSubscription = (row: SubscriptionRow): StoredSubscription => ({
  id: row.id,
  kind: row.kind,
  recordId: row.record_id,
  channel: row.channel,
  address: row.address,
  milestones: row.milestones,
  consentText: row.consent_text,
  locale: row.locale,
  createdAt: row.created_at,
  unsubscribedAt: row.unsubscribed_at,
});

async function openDatabase(filename: string): Promise<Database> {
  let module: { default: new (filename: string) => Database };
  try {
    module = (await importOptionalPeer('better-sqlite3')) as typeof module;
  } catch (error) {
    throw new Error(
      '[waypost] createSqliteSubscriptionStore needs the better-sqlite3 package: pnpm add better-sqlite3',
      {
        cause: error,
      },
    );
  }
  return new module.default(filename);
}

/**
 * The default subscription store: one SQLite file on disk through better-sqlite3 (an optional peer dependency, so
 * browser users never install it). Write-ahead logging lets readers and the writer work at once; `claimDue` runs in
 * a transaction, so processes sharing the file never send one message twice.
 *
 * @example
 * const store = await createSqliteSubscriptionStore({ filename: './data/waypost-alerts.sqlite' })
 * const notifier = createNotifier({ store, secret, publicUrl, channels: { email } })
 */
export async function createSqliteSubscriptionStore(
  options: SqliteSubscriptionStoreOptions,
): Promise<SubscriptionStore> {
  if (typeof options?.filename !== 'string' || options.filename === '') {
    throw new TypeError('[waypost] createSqliteSubscriptionStore needs a `filename`');
  }
  const db = await openDatabase(options.filename);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(schema);
  const insertSubscription = db.prepare(
    'INSERT INTO waypost_subscriptions VALUES (@id, @kind, @recordId, @channel, @address, @milestones, @consentText, @locale, @createdAt, @unsubscribedAt)',
  );
  const saveParcel = db.prepare(
    'INSERT INTO waypost_parcels VALUES (?, ?, ?) ON CONFLICT (subscription_id, tracking_key) DO UPDATE SET state = excluded.state',
  );
  const selectSubscription = db.prepare('SELECT * FROM waypost_subscriptions WHERE id = ?');
  const selectByTracking = db.prepare(
    `SELECT s.*, p.state FROM waypost_parcels p JOIN waypost_subscriptions s ON s.id = p.subscription_id
     WHERE p.tracking_key = ? AND s.unsubscribed_at IS NULL ORDER BY s.created_at, s.id`,
  );
  const selectByRecord = db.prepare(
    'SELECT * FROM waypost_subscriptions WHERE kind = ? AND record_id = ? AND unsubscribed_at IS NULL ORDER BY created_at, id',
  );
  const selectParcels = db.prepare('SELECT state FROM waypost_parcels WHERE subscription_id = ? ORDER BY tracking_key');
  const insertEntry = db.prepare(
    'INSERT INTO waypost_outbox (id, subscription_id, dedupe_key, entry, status, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING',
  );
  const selectDue = db.prepare(
    `SELECT entry FROM waypost_outbox WHERE status = 'pending' AND next_attempt_at <= ? AND leased_until <= ?
     ORDER BY next_attempt_at, id LIMIT ?`,
  );
  const lease = db.prepare('UPDATE waypost_outbox SET leased_until = ? WHERE id = ?');
  const updateEntry = db.prepare(
    'UPDATE waypost_outbox SET entry = ?, status = ?, next_attempt_at = ?, leased_until = 0 WHERE id = ?',
  );
  const selectEntries = db.prepare('SELECT entry FROM waypost_outbox WHERE subscription_id = ? ORDER BY rowid');
  const claim = db.transaction((now: number, limit: number, leaseMs: number) => {
    const rows = selectDue.all(now, now, limit) as Array<{ entry: string }>;
    const entries = rows.map((row) => JSON.parse(row.entry) as OutboxEntry);
    for (const entry of entries) lease.run(now + leaseMs, entry.id);
    return entries;
  });
  const add = db.transaction((subscription: StoredSubscription, parcels: ParcelState[]) => {
    insertSubscription.run(subscription);
    for (const parcel of parcels) saveParcel.run(subscription.id, parcel.trackingKey, JSON.stringify(parcel));
  });

  return {
    async add(subscription, parcels) {
      add(subscription, parcels);
    },
    async get(id) {
      const row = selectSubscription.get(id) as SubscriptionRow | undefined;
      return row ? toSubscription(row) : null;
    },
    async unsubscribe(id, at) {
      db.prepare('UPDATE waypost_subscriptions SET unsubscribed_at = ? WHERE id = ? AND unsubscribed_at IS NULL').run(
        at,
        id,
      );
    },
    async findByTrackingKey(trackingKey) {
      const rows = selectByTracking.all(trackingKey) as Array<SubscriptionRow & { state: string }>;
      return rows.map((row) => ({ subscription: toSubscription(row), parcel: JSON.parse(row.state) as ParcelState }));
    },
    async findByRecord(kind, recordId) {
      const rows = selectByRecord.all(kind, recordId) as SubscriptionRow[];
      return rows.map((row) => ({
        subscription: toSubscription(row),
        parcels: (selectParcels.all(row.id) as Array<{ state: string }>).map(
          (parcel) => JSON.parse(parcel.state) as ParcelState,
        ),
      }));
    },
    async saveParcel(subscriptionId, parcel) {
      saveParcel.run(subscriptionId, parcel.trackingKey, JSON.stringify(parcel));
    },
    async enqueue(entry) {
      const result = insertEntry.run(
        entry.id,
        entry.subscriptionId,
        entry.dedupeKey,
        JSON.stringify(entry),
        entry.status,
        entry.nextAttemptAt,
      );
      return result.changes === 1;
    },
    async claimDue(now, limit, leaseMs) {
      return claim(now, limit, leaseMs);
    },
    async update(entry) {
      updateEntry.run(JSON.stringify(entry), entry.status, entry.nextAttemptAt, entry.id);
    },
    async listEntries(subscriptionId) {
      return (selectEntries.all(subscriptionId) as Array<{ entry: string }>).map(
        (row) => JSON.parse(row.entry) as OutboxEntry,
      );
    },
    async close() {
      db.close();
    },
  };
}
