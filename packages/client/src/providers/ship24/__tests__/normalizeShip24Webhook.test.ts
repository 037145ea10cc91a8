import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../../errors/InvalidResponseError.js';
import { normalizeShip24Webhook } from '../normalizeShip24Webhook.js';

const tracking = (tn: string, milestone: string) => ({
  tracker: { trackingNumber: tn },
  shipment: { statusMilestone: milestone },
  events: [],
});

describe('normalizeShip24Webhook', () => {
  it('normalizes every tracking of the push', () => {
    const list = normalizeShip24Webhook({ trackings: [tracking('A', 'delivered'), tracking('B', 'failed_attempt')] });
    expect(list.map((shipment) => [shipment.trackingNumber, shipment.status.exception])).toEqual([
      ['A', null],
      ['B', 'attempt_failed'],
    ]);
  });

  it('names the index of a broken tracking', () => {
    try {
      normalizeShip24Webhook({
        trackings: [tracking('A', 'delivered'), { tracker: { trackingNumber: 'B' }, shipment: { statusMilestone: 7 } }],
      });
      expect.unreachable();
    } catch (error) {
      expect(isInvalidResponseError(error) && error.path).toBe('trackings.1.shipment.statusMilestone');
    }
  });
});
