import { describe, expect, it } from 'vitest';
import { mapShip24Milestone } from '../mapShip24Milestone.js';

describe('mapShip24Milestone', () => {
  it.each([
    ['pending', undefined, 'label_created', 'unknown', false],
    ['info_received', undefined, 'label_created', null, false],
    ['failed_attempt', undefined, 'out_for_delivery', 'attempt_failed', true],
    ['available_for_pickup', undefined, 'out_for_delivery', 'available_for_pickup', true],
    ['exception', 'exception_lost', null, 'lost', false],
    ['exception', 'exception_delayed', null, 'delayed', false],
    ['exception', 'exception_other', null, 'exception', false],
    ['brand_new', undefined, null, 'unknown', false],
  ])('maps %s/%s onto the two axes', (milestone, code, expected, exception, actionRequired) => {
    expect(mapShip24Milestone(milestone, code)).toEqual({ milestone: expected, exception, actionRequired });
  });
});
