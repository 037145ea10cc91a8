import { describe, expect, it } from 'vitest';
import { mapEasyPostStatus } from '../mapEasyPostStatus.js';

describe('mapEasyPostStatus', () => {
  it.each([
    ['pre_transit', undefined, 'label_created', null, false],
    ['available_for_pickup', undefined, 'out_for_delivery', 'available_for_pickup', true],
    ['in_transit', 'weather_delay', 'in_transit', 'delayed', false],
    ['failure', 'refused', null, 'returned_to_sender', false],
    ['in_transit', 'address_correction', 'in_transit', 'exception', true],
    ['delivered', 'return', 'delivered', null, false],
    ['cancelled', undefined, null, 'cancelled', false],
    ['error', 'unknown', null, 'unknown', false],
  ])('maps %s/%s onto the two axes', (status, detail, milestone, exception, actionRequired) => {
    expect(mapEasyPostStatus(status, detail)).toEqual({ milestone, exception, actionRequired });
  });
});
