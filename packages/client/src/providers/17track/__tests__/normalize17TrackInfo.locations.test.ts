import { describe, expect, it } from 'vitest';
import { normalize17TrackInfo } from '../normalize17TrackInfo.js';
import { sample17TrackInfo } from './sample17TrackInfo.js';

// Hand-written: no recorded 17TRACK payload with provenance exists (see the adapter's docs). The address parts
// are empty and the carrier's free-text `location` carries the place, as many carriers leave them.
const scan = (time: string, location: string, country: string | null) => ({
  time_iso: time,
  time_utc: null,
  description: 'Scan',
  description_translation: null,
  location,
  stage: 'Arrival',
  sub_status: 'InTransit_Arrival',
  address: { country, state: null, city: null, street: null, postal_code: null },
});

describe('normalize17TrackInfo', () => {
  it('reads a free-text location into the parts when the address has no city, and never into city whole', () => {
    const events = [
      scan('2022-06-05T08:00:00-07:00', 'SAN RAFAEL, CA 94901', 'US'),
      scan('2022-06-04T08:00:00-07:00', 'LOS ANGELES CA INTERNATIONAL DISTRIBUTION CENTER', 'US'),
      scan('2022-06-03T08:00:00+08:00', 'GUANGZHOU CN', 'CN'),
    ];
    const shipment = normalize17TrackInfo(sample17TrackInfo({ events }));
    expect(shipment.events.map((event) => event.location)).toEqual([
      { city: 'GUANGZHOU', country: 'CN' },
      { country: 'US', text: 'LOS ANGELES CA INTERNATIONAL DISTRIBUTION CENTER' },
      { city: 'SAN RAFAEL', region: 'CA', postalCode: '94901', country: 'US' },
    ]);
  });
});
