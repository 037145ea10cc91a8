import { describe, expect, it } from 'vitest';
import { createSqliteSubscriptionStore } from '../createSqliteSubscriptionStore.js';
import type { OutboxEntry } from '../OutboxEntry.js';
import type { StoredSubscription } from '../StoredSubscription.js';
import { createTempStore, hasSqlite } from './createTempStore.js';

const subscription: StoredSubscription = {
  id: 'sub_1',
  kind: 'order',
  recordId: 'ord_1',
  channel: 'sms',
  address: '+14155550199',
  milestones: 'all',
  consentText: 'Text me about this order. Msg & data rates may apply.',
  locale: 'fr-CA',
  createdAt: 1_000,
  unsubscribedAt: null,
};
const parcel = { trackingKey: '1Z999', milestoneRank: 3, exception: null, etaKey: null };
const entry = (id: string, dedupeKey: string, nextAttemptAt = 0): OutboxEntry => ({
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

describe.skipIf(!hasSqlite)('createSqliteSubscriptionStore', () => {
  it('keeps opt-ins, consent text, parcels and the outbox across a restart', async () => {
    const temp = await createTempStore();
    await temp.store.add(subscription, [parcel]);
    await temp.store.enqueue(entry('msg_1', 'k1'));
    await temp.store.close();
    const reopened = await createSqliteSubscriptionStore({ filename: temp.filename });
    expect(await reopened.get('sub_1')).toEqual(subscription);
    expect(await reopened.findByTrackingKey('1Z999')).toEqual([{ subscription, parcel }]);
    expect(await reopened.listEntries('sub_1')).toEqual([entry('msg_1', 'k1')]);
    await reopened.close();
    await temp.remove().catch(() => undefined);
  });

  it('queues a dedupe key only once', async () => {
    const temp = await createTempStore();
    expect(await temp.store.enqueue(entry('msg_1', 'same'))).toBe(true);
    expect(await temp.store.enqueue(entry('msg_2', 'same'))).toBe(false);
    expect(await temp.store.listEntries('sub_1')).toHaveLength(1);
    await temp.remove();
  });

  it('hands a due entry to one claimer until its lease runs out', async () => {
    const temp = await createTempStore();
    await temp.store.enqueue(entry('msg_1', 'k1', 10));
    expect(await temp.store.claimDue(5, 10, 1_000)).toEqual([]);
    expect(await temp.store.claimDue(10, 10, 1_000)).toHaveLength(1);
    expect(await temp.store.claimDue(500, 10, 1_000)).toEqual([]);
    expect(await temp.store.claimDue(1_010, 10, 1_000)).toHaveLength(1);
    await temp.remove();
  });

  it('stops finding a subscription once it is withdrawn', async () => {
    const temp = await createTempStore();
    await temp.store.add(subscription, [parcel]);
    await temp.store.unsubscribe('sub_1', 2_000);
    expect(await temp.store.findByTrackingKey('1Z999')).toEqual([]);
    expect(await temp.store.findByRecord('order', 'ord_1')).toEqual([]);
    expect((await temp.store.get('sub_1'))?.unsubscribedAt).toBe(2_000);
    await temp.remove();
  });
});
