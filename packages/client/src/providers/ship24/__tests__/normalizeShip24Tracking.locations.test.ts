import { describe, expect, it } from 'vitest';
import { getSkipMessage, hasFixtures, readFixture } from '../../shared/__tests__/fixtures.js';
import { normalizeShip24Tracking } from '../normalizeShip24Tracking.js';
import { normalizeShip24Webhook } from '../normalizeShip24Webhook.js';

const present = hasFixtures('ship24');
if (!present) console.warn(getSkipMessage('ship24'));

describe.skipIf(!present)('normalizeShip24Tracking', () => {
  it("reads Ship24's free-text places into city, region and postal code, never a whole place into city", () => {
    const shipment = normalizeShip24Tracking(readFixture('ship24', 'doc_tracking_results_delivered_usps.json'));
    expect(shipment.events.map((event) => event.location)).toEqual([
      { text: 'Beijing' },
      { text: 'Beijing' },
      { text: 'Beijing' },
      { text: 'Beijing airport' },
      { text: 'LOS ANGELES CA INTERNATIONAL DISTRIBUTION CENTER' },
      { text: 'LOS ANGELES CA INTERNATIONAL DISTRIBUTION CENTER' },
      { city: 'SAN RAFAEL', region: 'CA', postalCode: '94901' },
      { city: 'SAN RAFAEL', region: 'CA', postalCode: '94901' },
      { city: 'SAN RAFAEL', region: 'CA', postalCode: '94901' },
    ]);
  });

  it('reads the places of a webhook the same way', () => {
    const [shipment] = normalizeShip24Webhook(readFixture('ship24', 'doc_webhook_tracking_update.json'));
    expect(shipment?.events.map((event) => event.location)).toEqual([
      { city: 'SAN RAFAEL', region: 'CA', postalCode: '94901' },
    ]);
  });
});
