import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../../errors/InvalidResponseError.js';
import { normalizeAfterShipTrackingList } from '../normalizeAfterShipTrackingList.js';

const item = (tag: string) => ({ tracking_number: `N-${tag}`, slug: 'dhl', tag, checkpoints: [] });

describe('normalizeAfterShipTrackingList', () => {
  it('normalizes every tracking in order', () => {
    const list = normalizeAfterShipTrackingList({ data: { trackings: [item('Pending'), item('Expired')] } });
    expect(list.map((shipment) => shipment.status.exception)).toEqual([null, 'expired']);
  });

  it('names the index of a broken item in the error path', () => {
    try {
      normalizeAfterShipTrackingList({ data: { trackings: [item('Pending'), { ...item('x'), tag: null }] } });
      expect.unreachable();
    } catch (error) {
      expect(isInvalidResponseError(error) && error.path).toBe('data.trackings.1.tag');
    }
  });
});
