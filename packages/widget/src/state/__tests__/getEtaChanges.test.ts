import { describe, expect, it } from 'vitest';
import { sampleOrderResult, sampleShipment } from '../../__tests__/sampleResult.js';
import { getEtaChanges } from '../getEtaChanges.js';

describe('getEtaChanges', () => {
  it('reports a shipment whose estimate moved, with the newest reason', () => {
    const before = sampleOrderResult();
    const moved = sampleShipment({
      eta: {
        start: { kind: 'date', date: '2024-11-29', raw: '2024-11-29' },
        changes: [
          {
            from: null,
            to: null,
            reason: { code: 'customs', text: '' },
            detectedAt: { kind: 'date', date: '2024-11-26', raw: '2024-11-26' },
          },
        ],
      },
    });
    const [change] = getEtaChanges(before, sampleOrderResult([moved]));
    expect(change).toMatchObject({
      shipmentId: 'shp_1',
      previous: { start: { date: '2024-11-27' } },
      current: { start: { date: '2024-11-29' } },
      reason: 'customs',
    });
  });

  it('reports nothing when estimates are unchanged or shipments are new', () => {
    expect(getEtaChanges(sampleOrderResult(), sampleOrderResult())).toEqual([]);
    expect(getEtaChanges(sampleOrderResult([]), sampleOrderResult())).toEqual([]);
  });
});
