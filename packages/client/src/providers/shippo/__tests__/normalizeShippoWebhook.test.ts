import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../../errors/InvalidResponseError.js';
import { normalizeShippoWebhook } from '../normalizeShippoWebhook.js';

describe('normalizeShippoWebhook', () => {
  it('takes the carrier from the envelope when data has none', () => {
    const shipment = normalizeShippoWebhook({
      event: 'track_updated',
      carrier: 'ups',
      data: {
        carrier: null,
        tracking_number: '1Z',
        tracking_status: { status: 'DELIVERED', status_date: '2024-01-02T10:00:00Z' },
        tracking_history: [],
      },
    });
    expect(shipment.carrier.code).toBe('ups');
    expect(shipment.deliveredAt?.raw).toBe('2024-01-02T10:00:00Z');
  });

  it('throws InvalidResponseError at data when it is missing', () => {
    try {
      normalizeShippoWebhook({ event: 'track_updated' });
      expect.unreachable();
    } catch (error) {
      expect(isInvalidResponseError(error) && error.path).toBe('data');
    }
  });
});
