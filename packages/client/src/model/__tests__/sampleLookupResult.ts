import type { LookupResult } from '../LookupResult.js';

/** A small, hand-written order lookup result: one shipment in transit with a moved ETA. */
export function sampleLookupResult(): LookupResult {
  return {
    kind: 'order',
    access: { token: 'tok_sample', expiresAt: '2030-01-01T00:00:00.000Z' },
    order: {
      id: 'ord_1',
      number: 'W1001',
      placedAt: { kind: 'instant', utc: '2024-11-20T15:00:00.000Z', offset: -300, raw: '2024-11-20T10:00:00-05:00' },
      status: { milestone: 'in_transit', exception: null },
      shipments: [
        {
          id: 'shp_1',
          direction: 'outbound',
          carrier: { code: 'ups', name: 'UPS', url: 'https://www.ups.com' },
          trackingNumber: '1Z999AA10123456784',
          trackingUrl: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
          status: {
            milestone: 'in_transit',
            exception: null,
            actionRequired: false,
            raw: { provider: 'sample', status: 'InTransit' },
          },
          eta: {
            start: { kind: 'date', date: '2024-11-27', raw: '2024-11-27' },
            changes: [
              {
                from: { start: { kind: 'date', date: '2024-11-25', raw: '2024-11-25' } },
                to: { start: { kind: 'date', date: '2024-11-27', raw: '2024-11-27' } },
                reason: { code: 'weather', text: 'Weather delay in Memphis' },
                detectedAt: { kind: 'instant', utc: '2024-11-23T09:00:00.000Z', raw: '2024-11-23T09:00:00Z' },
              },
            ],
          },
          events: [
            {
              time: { kind: 'wall', local: '2024-11-21T08:12:00', raw: '2024-11-21T08:12:00' },
              milestone: 'in_transit',
              description: 'Departed facility',
              location: { city: 'Memphis', region: 'TN', country: 'US' },
            },
          ],
          itemIds: ['li_1'],
        },
      ],
      items: [{ id: 'li_1', title: 'Trail Runner', variant: 'Blue / 42', quantity: 1 }],
      returns: [],
      exchanges: [],
      links: { support: 'https://shop.example/support' },
      updatedAt: { kind: 'instant', utc: '2024-11-23T09:00:00.000Z', raw: '2024-11-23T09:00:00Z' },
    },
  };
}
