import type { LookupResult, Shipment, TrackingEvent } from '@waypost/client';

/** Hand-written tracking events, oldest first, `count` long. */
export function sampleEvents(count: number): TrackingEvent[] {
  return Array.from({ length: count }, (_, index) => ({
    time: { kind: 'wall', local: `2024-11-2${Math.min(index, 9)}T0${index % 10}:15:00`, raw: `raw-${index}` },
    milestone: 'in_transit',
    description: `Scan ${index + 1}`,
    location: { city: 'Memphis', region: 'TN', country: 'US' },
  }));
}

/** A hand-written shipment in transit with a moved ETA; `patch` overrides fields. */
export function sampleShipment(patch: Partial<Shipment> = {}): Shipment {
  return {
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
    events: sampleEvents(2),
    itemIds: ['li_1'],
    ...patch,
  };
}

/** A hand-written order lookup result with one shipment; `shipments` replaces the shipment list. */
export function sampleOrderResult(shipments: Shipment[] = [sampleShipment()]): LookupResult {
  return {
    kind: 'order',
    access: { token: 'tok_sample', expiresAt: '2030-01-01T00:00:00.000Z' },
    order: {
      id: 'ord_1',
      number: 'W1001',
      placedAt: { kind: 'instant', utc: '2024-11-20T15:00:00.000Z', offset: -300, raw: '2024-11-20T10:00:00-05:00' },
      status: { milestone: 'in_transit', exception: null },
      shipments,
      items: [
        {
          id: 'li_1',
          title: 'Trail Runner',
          variant: 'Blue / 42',
          quantity: 1,
          imageUrl: 'https://cdn.example/shoe.jpg',
          price: { amount: 89, currency: 'USD' },
        },
        { id: 'li_2', title: 'Socks', quantity: 2, imageUrl: 'javascript:alert(1)' },
      ],
      returns: [],
      exchanges: [],
      links: { support: 'https://shop.example/support', returnsPortal: 'javascript:alert(1)' },
      updatedAt: { kind: 'instant', utc: '2024-11-23T09:00:00.000Z', raw: '2024-11-23T09:00:00Z' },
    },
  };
}
