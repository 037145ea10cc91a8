import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteSubscriptionStore } from '../createSqliteSubscriptionStore.js';
import { createTempStore, hasSqlite } from './createTempStore.js';
import {
  describeSubscriptionStore,
  sampleEntry,
  sampleParcel,
  sampleSubscription,
} from './describeSubscriptionStore.js';

const temps: Array<Awaited<ReturnType<typeof createTempStore>>> = [];
afterAll(async () => {
  for (const temp of temps.splice(0)) await temp.remove().catch(() => undefined);
});

if (hasSqlite) {
  describeSubscriptionStore('createSqliteSubscriptionStore', async () => {
    const temp = await createTempStore();
    temps.push(temp);
    return temp.store;
  });
}

describe.skipIf(!hasSqlite)('createSqliteSubscriptionStore', () => {
  it('keeps opt-ins, consent text, parcels and the outbox across a restart', async () => {
    const temp = await createTempStore();
    await temp.store.add(sampleSubscription, [sampleParcel]);
    await temp.store.enqueue(sampleEntry('msg_1', 'k1'));
    await temp.store.close();
    const reopened = await createSqliteSubscriptionStore({ filename: temp.filename });
    expect(await reopened.get('sub_1')).toEqual(sampleSubscription);
    expect(await reopened.findByTrackingKey('1Z999')).toEqual([
      { subscription: sampleSubscription, parcel: sampleParcel },
    ]);
    expect(await reopened.listEntries('sub_1')).toEqual([sampleEntry('msg_1', 'k1')]);
    await reopened.close();
    await temp.remove().catch(() => undefined);
  });
});
