// Test helper (not a test): the behaviour every SubscriptionStore shares, run against each store.
import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../OutboxEntry.js';
import type { StoredSubscription } from '../StoredSubscription.js';
import type { SubscriptionStore } from '../SubscriptionStore.js';

/** A stored opt-in with a consent text, a non-English locale and a contact to round-trip. */
export const sampleSubscription: StoredSubscription = {
  id: 'sub_1',
  kind: 'order',
  recordId: 'ord_1',
  channel: 'sms',
  address: '+14155550199',
  milestones: 'all',
  consentText: 'Text me about this order. Msg & data rates may apply. « Oui » / 好',
  locale: 'fr-CA',
  createdAt: 1_765_000_000_000,
  unsubscribedAt: null,
};
/** A parcel as the notifier last saw it. */
export const sampleParcel = { trackingKey: '1Z999', milestoneRank: 3, exception: null, etaKey: null };

/** A pending outbox entry of `sub_1`. */
export const sampleEntry = (id: string, dedupeKey: string, nextAttemptAt = 0): OutboxEntry => ({
  id,
  subscriptionId: 'sub_1',
  dedupeKey,
  parcel: { trackingNumber: '1Z 999', carrier: 'UPS' },
  event: { type: 'milestone', milestone: 'shipped' },
  status: 'pending',
  attempts: 0,
  nextAttemptAt,
  lastError: null,
  providerId: null,
  createdAt: 0,
  sentAt: null,
});

/** Registers the shared store tests; `open` gives a fresh, empty store for each. */
export function describeSubscriptionStore(name: string, open: () => Promise<SubscriptionStore>): void {
  describe(`${name} (the SubscriptionStore contract)`, () => {
    it('gives back an opt-in exactly as it was stored, and finds it by parcel and by record', async () => {
      const store = await open();
      await store.add(sampleSubscription, [sampleParcel]);
      expect(await store.get('sub_1')).toEqual(sampleSubscription);
      expect(await store.get('sub_9')).toBeNull();
      expect(await store.findByTrackingKey('1Z999')).toEqual([
        { subscription: sampleSubscription, parcel: sampleParcel },
      ]);
      expect(await store.findByRecord('order', 'ord_1')).toEqual([
        { subscription: sampleSubscription, parcels: [sampleParcel] },
      ]);
      expect(await store.findByRecord('order', 'ord_2')).toEqual([]);
    });

    it('lists opt-ins oldest first, and a parcel saved later is found by its tracking key', async () => {
      const store = await open();
      const later = { ...sampleSubscription, id: 'sub_0', createdAt: sampleSubscription.createdAt + 5 };
      await store.add(later, []);
      await store.add(sampleSubscription, [sampleParcel]);
      const added = { ...sampleParcel, trackingKey: '1Z000', milestoneRank: 1 };
      await store.saveParcel('sub_0', added);
      await store.saveParcel('sub_1', { ...sampleParcel, milestoneRank: 5 });
      expect((await store.findByRecord('order', 'ord_1')).map((found) => found.subscription.id)).toEqual([
        'sub_1',
        'sub_0',
      ]);
      expect(await store.findByTrackingKey('1Z000')).toEqual([{ subscription: later, parcel: added }]);
      expect((await store.findByTrackingKey('1Z999'))[0]?.parcel.milestoneRank).toBe(5);
    });

    it('stops finding an opt-in once it is withdrawn, and keeps the first withdrawal time', async () => {
      const store = await open();
      await store.add(sampleSubscription, [sampleParcel]);
      await store.unsubscribe('sub_1', 2_000);
      await store.unsubscribe('sub_1', 3_000);
      expect(await store.findByTrackingKey('1Z999')).toEqual([]);
      expect(await store.findByRecord('order', 'ord_1')).toEqual([]);
      expect(await store.get('sub_1')).toEqual({ ...sampleSubscription, unsubscribedAt: 2_000 });
    });

    it('queues a dedupe key only once', async () => {
      const store = await open();
      expect(await store.enqueue(sampleEntry('msg_1', 'same'))).toBe(true);
      expect(await store.enqueue(sampleEntry('msg_2', 'same'))).toBe(false);
      expect(await store.listEntries('sub_1')).toEqual([sampleEntry('msg_1', 'same')]);
    });

    it('hands a due entry to one claimer until its lease runs out, oldest due first', async () => {
      const store = await open();
      await store.enqueue(sampleEntry('msg_b', 'k2', 10));
      await store.enqueue(sampleEntry('msg_a', 'k1', 20));
      expect(await store.claimDue(5, 10, 1_000)).toEqual([]);
      expect((await store.claimDue(20, 10, 1_000)).map((entry) => entry.id)).toEqual(['msg_b', 'msg_a']);
      expect(await store.claimDue(500, 10, 1_000)).toEqual([]);
      expect((await store.claimDue(1_020, 1, 1_000)).map((entry) => entry.id)).toEqual(['msg_b']);
    });

    it('records attempts: a sent entry is never handed out again, a retry is due at its new time', async () => {
      const store = await open();
      await store.enqueue(sampleEntry('msg_1', 'k1'));
      await store.enqueue(sampleEntry('msg_2', 'k2'));
      const [first, second] = await store.claimDue(0, 10, 60_000);
      await store.update({ ...first!, status: 'sent', attempts: 1, sentAt: 5, providerId: 'SM1' });
      await store.update({ ...second!, attempts: 1, nextAttemptAt: 100, lastError: 'timeout' });
      expect(await store.claimDue(50, 10, 60_000)).toEqual([]);
      expect(await store.claimDue(100, 10, 60_000)).toMatchObject([{ id: 'msg_2', attempts: 1, lastError: 'timeout' }]);
      expect((await store.listEntries('sub_1')).map((entry) => [entry.id, entry.status])).toEqual([
        ['msg_1', 'sent'],
        ['msg_2', 'pending'],
      ]);
    });
  });
}
