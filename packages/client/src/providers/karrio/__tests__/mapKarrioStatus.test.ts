import { describe, expect, it } from 'vitest';
import { mapKarrioStatus } from '../mapKarrioStatus.js';

describe('mapKarrioStatus', () => {
  it.each([
    ['pending', 'label_created', null],
    ['unknown', null, 'unknown'],
    ['on_hold', null, 'exception'],
    ['cancelled', null, 'cancelled'],
    ['delivered', 'delivered', null],
    ['in_transit', 'in_transit', null],
    ['delivery_delayed', null, 'delayed'],
    ['out_for_delivery', 'out_for_delivery', null],
    ['ready_for_pickup', 'out_for_delivery', 'available_for_pickup'],
    ['delivery_failed', 'out_for_delivery', 'attempt_failed'],
    ['return_to_sender', null, 'returned_to_sender'],
  ])('maps %s onto %s and %s', (status, milestone, exception) => {
    expect(mapKarrioStatus(status)).toMatchObject({ milestone, exception });
  });

  it('asks for action on a held parcel and one waiting for pickup', () => {
    expect(mapKarrioStatus('on_hold').actionRequired).toBe(true);
    expect(mapKarrioStatus('ready_for_pickup').actionRequired).toBe(true);
    expect(mapKarrioStatus('in_transit').actionRequired).toBe(false);
  });

  it('flags a status it does not know without moving the milestone', () => {
    expect(mapKarrioStatus('teleported')).toEqual({ milestone: null, exception: 'unknown', actionRequired: false });
  });
});
