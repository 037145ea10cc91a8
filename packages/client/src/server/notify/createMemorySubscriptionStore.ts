import type { OutboxEntry } from './OutboxEntry.js';
import type { ParcelState } from './ParcelState.js';
import type { StoredSubscription } from './StoredSubscription.js';
import type { SubscriptionStore } from './SubscriptionStore.js';

const byCreation = (a: StoredSubscription, b: StoredSubscription) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A subscription store in this process's memory: for tests, demos and a single process that may forget its opt-ins
 * on restart. It behaves as the other stores do (one message per dedupe key, leases on claimed entries, withdrawn
 * opt-ins no longer found) and hands out copies, so nothing a caller changes leaks back in. Nothing is shared with
 * other processes: use `createSqliteSubscriptionStore` or `createRedisSubscriptionStore` for that.
 *
 * @example const notifier = createNotifier({ store: createMemorySubscriptionStore(), secret, publicUrl, channels })
 */
export function createMemorySubscriptionStore(): SubscriptionStore {
  const subscriptions = new Map<string, StoredSubscription>();
  const parcels = new Map<string, Map<string, ParcelState>>();
  const entries = new Map<string, { entry: OutboxEntry; leasedUntil: number }>();
  const dedupeKeys = new Set<string>();
  const active = () => [...subscriptions.values()].filter((item) => item.unsubscribedAt === null).sort(byCreation);
  const parcelsOf = (id: string) =>
    [...(parcels.get(id)?.values() ?? [])]
      .sort((a, b) => (a.trackingKey < b.trackingKey ? -1 : 1))
      .map((parcel) => structuredClone(parcel));

  return {
    async add(subscription, list) {
      subscriptions.set(subscription.id, structuredClone(subscription));
      parcels.set(subscription.id, new Map(list.map((parcel) => [parcel.trackingKey, structuredClone(parcel)])));
    },
    async get(id) {
      const found = subscriptions.get(id);
      return found ? structuredClone(found) : null;
    },
    async unsubscribe(id, at) {
      const found = subscriptions.get(id);
      if (found && found.unsubscribedAt === null) found.unsubscribedAt = at;
    },
    async findByTrackingKey(trackingKey) {
      return active().flatMap((subscription) => {
        const parcel = parcels.get(subscription.id)?.get(trackingKey);
        return parcel ? [{ subscription: structuredClone(subscription), parcel: structuredClone(parcel) }] : [];
      });
    },
    async findByRecord(kind, recordId) {
      return active()
        .filter((subscription) => subscription.kind === kind && subscription.recordId === recordId)
        .map((subscription) => ({ subscription: structuredClone(subscription), parcels: parcelsOf(subscription.id) }));
    },
    async saveParcel(subscriptionId, parcel) {
      const list = parcels.get(subscriptionId) ?? new Map<string, ParcelState>();
      list.set(parcel.trackingKey, structuredClone(parcel));
      parcels.set(subscriptionId, list);
    },
    async enqueue(entry) {
      if (dedupeKeys.has(entry.dedupeKey)) return false;
      dedupeKeys.add(entry.dedupeKey);
      entries.set(entry.id, { entry: structuredClone(entry), leasedUntil: 0 });
      return true;
    },
    async claimDue(now, limit, leaseMs) {
      const due = [...entries.values()]
        .filter(
          ({ entry, leasedUntil }) => entry.status === 'pending' && entry.nextAttemptAt <= now && leasedUntil <= now,
        )
        .sort((a, b) => a.entry.nextAttemptAt - b.entry.nextAttemptAt || (a.entry.id < b.entry.id ? -1 : 1))
        .slice(0, limit);
      for (const slot of due) slot.leasedUntil = now + leaseMs;
      return due.map(({ entry }) => structuredClone(entry));
    },
    async update(entry) {
      if (entries.has(entry.id)) entries.set(entry.id, { entry: structuredClone(entry), leasedUntil: 0 });
    },
    async listEntries(subscriptionId) {
      // A Map keeps insertion order: oldest first, as the other stores list them.
      return [...entries.values()]
        .filter(({ entry }) => entry.subscriptionId === subscriptionId)
        .map(({ entry }) => structuredClone(entry));
    },
    async close() {},
  };
}
