import type { EtaChangedDetail, LookupDetail, StatusDetail } from '@waypost/widget';
import { describe, expect, it } from 'vitest';
import { h } from 'vue';
import { WaypostTracker } from '../WaypostTracker.js';
import { waypostTrackerEmits } from '../waypostTrackerEmits.js';

// Type-level: the typecheck (`pnpm --filter @waypost/vue typecheck`) fails if a line marked `@ts-expect-error`
// stops being an error, so these pin the listeners and props to the widget's types.
describe('waypostTrackerEmits', () => {
  it('declares every widget event, each validated as an object detail', () => {
    expect(Object.keys(waypostTrackerEmits)).toEqual(['ready', 'lookup', 'status', 'eta-changed', 'action', 'error']);
    expect(waypostTrackerEmits.status({ state: 'ready', previousState: 'loading' })).toBe(true);
    // @ts-expect-error a status detail is an object
    expect(waypostTrackerEmits.status('ready')).toBe(false);
  });

  it('types the listeners and props of the component with the widget types', () => {
    const good = h(WaypostTracker, {
      onStatus: (detail: StatusDetail) => detail.state,
      onEtaChanged: (detail: EtaChangedDetail) => detail.shipmentId,
      timelineLimit: 3,
    });
    // @ts-expect-error a status listener never receives a lookup detail
    const wrong = h(WaypostTracker, { onStatus: (detail: LookupDetail) => detail.method });
    // @ts-expect-error options keep the widget's types
    const badOption = h(WaypostTracker, { timelineLimit: 'three' });
    expect([good, wrong, badOption]).toHaveLength(3);
  });
});
