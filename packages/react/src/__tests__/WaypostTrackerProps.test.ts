import type { LookupDetail, StatusDetail } from '@waypost/widget';
import { describe, expect, it } from 'vitest';
import type { WaypostTrackerCallbacks, WaypostTrackerProps } from '../WaypostTrackerProps.js';

// Type-level: the typecheck (`pnpm --filter @waypost/react typecheck`) fails if a line marked
// `@ts-expect-error` stops being an error, so these pin the callbacks to the widget's event map.
describe('WaypostTrackerProps', () => {
  it('types each callback with its event detail', () => {
    const callbacks: WaypostTrackerCallbacks = {
      onStatus: (detail: StatusDetail) => detail.state,
      onLookup: (detail: LookupDetail) => detail.method,
      onEtaChanged: (detail) => detail.shipmentId,
    };
    // @ts-expect-error a status callback never receives a lookup detail
    const wrong: WaypostTrackerCallbacks = { onStatus: (detail: LookupDetail) => detail.method };
    // @ts-expect-error there is no such widget event
    const unknown: WaypostTrackerCallbacks = { onShipped: () => {} };
    // @ts-expect-error options keep the widget's types
    const badOption: WaypostTrackerProps = { timelineLimit: 'three' };
    expect(Object.keys(callbacks)).toEqual(['onStatus', 'onLookup', 'onEtaChanged']);
    expect([wrong, unknown, badOption]).toHaveLength(3);
  });
});
