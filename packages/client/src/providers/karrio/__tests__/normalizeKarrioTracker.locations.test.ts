import { describe, expect, it } from 'vitest';
import { getSkipMessage, hasFixtures, readFixture } from '../../shared/__tests__/fixtures.js';
import { normalizeKarrioTracker } from '../normalizeKarrioTracker.js';

const present = hasFixtures('karrio');
if (!present) console.warn(getSkipMessage('karrio'));

describe.skipIf(!present)('normalizeKarrioTracker', () => {
  it("keeps Karrio's free-text location in text, not in city", () => {
    for (const file of ['test_expected_tracker_ups_in_transit.json', 'test_expected_tracker_dhl_update.json']) {
      const shipment = normalizeKarrioTracker(readFixture('karrio', file));
      expect([file, shipment.events.map((event) => event.location)]).toEqual([file, [{ text: 'BONN' }]]);
    }
  });
});
