import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../../errors/InvalidResponseError.js';
import { normalizeEasyPostTrackerList } from '../normalizeEasyPostTrackerList.js';

const tracker = (code: string, status: string) => ({
  tracking_code: code,
  status,
  carrier: 'UPS',
  tracking_details: [],
});

describe('normalizeEasyPostTrackerList', () => {
  it('keeps both trackers EasyPost lists for one code', () => {
    const list = normalizeEasyPostTrackerList({
      trackers: [tracker('1Z', 'error'), tracker('1Z', 'delivered')],
      has_more: false,
    });
    expect(list.map((shipment) => shipment.status.raw.status)).toEqual(['error', 'delivered']);
  });

  it('names the index of a broken tracker', () => {
    try {
      normalizeEasyPostTrackerList({ trackers: [tracker('1Z', 'delivered'), { status: 'delivered' }] });
      expect.unreachable();
    } catch (error) {
      expect(isInvalidResponseError(error) && error.path).toBe('trackers.1.tracking_code');
    }
  });
});
