import { describe, expect, it } from 'vitest';
import type { TrackingEvent } from '../../../model/TrackingEvent.js';
import { getKeptMilestone } from '../getKeptMilestone.js';

const event = (milestone?: TrackingEvent['milestone']): TrackingEvent => ({
  time: null,
  description: '',
  ...(milestone ? { milestone } : {}),
});

describe('getKeptMilestone', () => {
  it('keeps the furthest milestone the events reached', () => {
    expect(getKeptMilestone([event('in_transit'), event('out_for_delivery'), event()])).toBe('out_for_delivery');
  });

  it('never keeps delivered when the current status is an exception', () => {
    expect(getKeptMilestone([event('in_transit'), event('delivered')])).toBe('out_for_delivery');
  });

  it('falls back to label_created without events', () => {
    expect(getKeptMilestone([])).toBe('label_created');
    expect(getKeptMilestone([event('ordered')])).toBe('label_created');
  });
});
