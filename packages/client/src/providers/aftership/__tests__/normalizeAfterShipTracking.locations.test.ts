import { describe, expect, it } from 'vitest';
import { getSkipMessage, hasFixtures, readFixture } from '../../shared/__tests__/fixtures.js';
import { normalizeAfterShipTracking } from '../normalizeAfterShipTracking.js';

const present = hasFixtures('aftership');
if (!present) console.warn(getSkipMessage('aftership'));

type Tracking = { tracking_number: string; checkpoints: Array<Record<string, unknown>> };

// The list whose test-mode parcel ITD-0-12345678 has checkpoints at street addresses (`1000 W Test Ln, …`).
function readStreetAddressTracking(): Tracking {
  const list = readFixture('aftership', 'v4_node_01_list_trackings_inforeceived_pending_delivered.json') as {
    data: { trackings: Tracking[] };
  };
  return list.data.trackings.find((tracking) => tracking.tracking_number === 'ITD-0-12345678') as Tracking;
}

describe.skipIf(!present)('normalizeAfterShipTracking', () => {
  it('keeps a free-text location out of city when the city is empty', () => {
    const tracking = readStreetAddressTracking();
    for (const checkpoint of tracking.checkpoints) checkpoint.city = null;
    const locations = normalizeAfterShipTracking(tracking).events.map((event) => event.location);
    expect(locations.at(-1)).toEqual({
      region: 'Texas',
      postalCode: '11111',
      text: '1000 W Test Ln, Austin, Texas, 11111',
    });
    expect(locations.filter((location) => location?.city)).toEqual([]);
  });

  it('reads the city from a location that ends with the country AfterShip sent', () => {
    const shipment = normalizeAfterShipTracking(
      readFixture('aftership', 'v4_java_01_get_tracking_delivered_fedex_CN-JP.json'),
    );
    const places = shipment.events.flatMap((event) => (event.location ? [event.location] : []));
    expect(places).toContainEqual({ city: 'GUANGZHOU', country: 'CN' });
    expect(places).toContainEqual({ city: 'SAPPORO', country: 'JP' });
    expect(places.filter((place) => /\s(CN|JP)$/.test(place.city ?? ''))).toEqual([]);
  });
});
