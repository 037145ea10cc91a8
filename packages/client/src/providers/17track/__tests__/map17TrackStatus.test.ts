import { describe, expect, it } from 'vitest';
import { map17TrackKeyStage } from '../map17TrackKeyStage.js';
import { map17TrackStatus } from '../map17TrackStatus.js';

describe('map17TrackStatus', () => {
  it.each([
    ['NotFound', 'NotFound_Other', null, 'unknown'],
    ['InfoReceived', 'InfoReceived', 'label_created', null],
    ['InTransit', 'InTransit_PickedUp', 'in_transit', null],
    ['InTransit', 'InTransit_Departure', 'in_transit', null],
    ['InTransit', 'InTransit_Arrival', 'in_transit', null],
    ['InTransit', 'InTransit_Other', 'in_transit', null],
    ['Expired', 'Expired_Other', null, 'expired'],
    ['AvailableForPickup', 'AvailableForPickup_Other', 'out_for_delivery', 'available_for_pickup'],
    ['OutForDelivery', 'OutForDelivery_Other', 'out_for_delivery', null],
    ['DeliveryFailure', 'DeliveryFailure_NoBody', 'out_for_delivery', 'attempt_failed'],
    ['DeliveryFailure', 'DeliveryFailure_Security', 'out_for_delivery', 'attempt_failed'],
    ['DeliveryFailure', 'DeliveryFailure_Rejected', 'out_for_delivery', 'attempt_failed'],
    ['DeliveryFailure', 'DeliveryFailure_InvalidAddress', 'out_for_delivery', 'attempt_failed'],
    ['DeliveryFailure', 'DeliveryFailure_Other', 'out_for_delivery', 'attempt_failed'],
    ['Delivered', 'Delivered_Other', 'delivered', null],
    ['Exception', 'Exception_Returning', null, 'returned_to_sender'],
    ['Exception', 'Exception_Returned', null, 'returned_to_sender'],
    ['Exception', 'Exception_Lost', null, 'lost'],
    ['Exception', 'Exception_Destroyed', null, 'lost'],
    ['Exception', 'Exception_Delayed', null, 'delayed'],
    ['Exception', 'Exception_Cancel', null, 'cancelled'],
    ['Exception', 'Exception_NoBody', null, 'exception'],
    ['Exception', 'Exception_Security', null, 'exception'],
    ['Exception', 'Exception_Rejected', null, 'exception'],
    ['Exception', 'Exception_Damage', null, 'exception'],
    ['Exception', 'Exception_Other', null, 'exception'],
  ])('maps %s / %s onto %s and %s', (status, subStatus, milestone, exception) => {
    expect(map17TrackStatus(status, subStatus)).toMatchObject({ milestone, exception });
  });

  it('asks the shopper to act on an address problem and on a parcel waiting for pickup', () => {
    expect(map17TrackStatus('DeliveryFailure', 'DeliveryFailure_InvalidAddress').actionRequired).toBe(true);
    expect(map17TrackStatus('AvailableForPickup', null).actionRequired).toBe(true);
    expect(map17TrackStatus('DeliveryFailure', 'DeliveryFailure_NoBody').actionRequired).toBe(false);
  });

  it('keeps the milestone and flags an unknown status instead of guessing', () => {
    expect(map17TrackStatus('Teleported', 'Teleported_Other')).toEqual({
      milestone: null,
      exception: 'unknown',
      actionRequired: false,
    });
  });
});

describe('map17TrackStatus on names of Object.prototype', () => {
  it('maps them as unknown statuses rather than reading the prototype', () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      expect(map17TrackStatus(name, name)).toEqual({ milestone: null, exception: 'unknown', actionRequired: false });
      expect(map17TrackKeyStage(name)).toBeUndefined();
    }
  });
});
