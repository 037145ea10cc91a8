import { describe, expect, it } from 'vitest';
import { sampleShipment } from '../../__tests__/sampleResult.js';
import { getIssueTypes } from '../getIssueTypes.js';

describe('getIssueTypes', () => {
  it('offers only "late" and "something else" for a parcel on its way', () => {
    expect(getIssueTypes(sampleShipment())).toEqual(['late', 'other']);
  });

  it('offers what can go wrong with a delivered parcel, and not "late"', () => {
    const delivered = sampleShipment({ status: { ...sampleShipment().status, milestone: 'delivered' } });
    expect(getIssueTypes(delivered)).toEqual(['not_received', 'damaged', 'wrong_item', 'missing_item', 'other']);
  });

  it('offers every type without a parcel', () => {
    expect(getIssueTypes(null)).toHaveLength(6);
  });
});
