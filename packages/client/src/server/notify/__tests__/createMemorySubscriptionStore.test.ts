import { describe, expect, it } from 'vitest';
import { createMemorySubscriptionStore } from '../createMemorySubscriptionStore.js';
import { describeSubscriptionStore, sampleParcel, sampleSubscription } from './describeSubscriptionStore.js';

describeSubscriptionStore('createMemorySubscriptionStore', async () => createMemorySubscriptionStore());

describe('createMemorySubscriptionStore', () => {
  it('hands out copies, so a caller’s change does not reach the store', async () => {
    const store = createMemorySubscriptionStore();
    await store.add(sampleSubscription, [sampleParcel]);
    const found = await store.get('sub_1');
    found!.address = '+14155550100';
    const [hit] = await store.findByTrackingKey('1Z999');
    hit!.parcel.milestoneRank = 9;
    expect(await store.findByTrackingKey('1Z999')).toEqual([
      { subscription: sampleSubscription, parcel: sampleParcel },
    ]);
  });
});
