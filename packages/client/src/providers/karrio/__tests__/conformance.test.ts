import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../../errors/InvalidResponseError.js';
import type { Milestone } from '../../../model/Milestone.js';
import { parseModel } from '../../../model/parseModel.js';
import type { ShipmentException } from '../../../model/ShipmentException.js';
import { shipmentSchema } from '../../../model/schemas/shipmentSchema.js';
import { getMalformedVariants } from '../../shared/__tests__/getMalformedVariants.js';
import { listProviderFixtures, providerFixturesAvailable } from '../../shared/__tests__/listProviderFixtures.js';
import { normalizeKarrioTracker } from '../normalizeKarrioTracker.js';

interface Expectation {
  milestone: Milestone;
  exception: ShipmentException | null;
  events: number;
  first: string | null;
  last: string | null;
  eta: string | null;
  items: number;
  /** Fields the normalizer cannot do without; each is broken in turn. */
  required: string[];
}

const required = ['tracking_number', 'carrier_name', 'status', 'events', 'events.0'];

// Written by reading each payload by hand.
const expectations: Record<string, Expectation> = {
  // status in_transit; one DHL event "2021-01-11" + "20:34" (no zone); estimated_delivery is Karrio's "<ANY>"
  // test placeholder, info.expected_delivery null: no ETA.
  'test_expected_tracker_dhl_update.json': {
    milestone: 'in_transit',
    exception: null,
    events: 1,
    first: '2021-01-11T20:34',
    last: '2021-01-11T20:34',
    eta: null,
    items: 0,
    required,
  },
  // status in_transit while the only event is an internal UPS code "KB" on "2010-08-30" "10:39".
  'test_expected_tracker_ups_in_transit.json': {
    milestone: 'in_transit',
    exception: null,
    events: 1,
    first: '2010-08-30T10:39',
    last: '2010-08-30T10:39',
    eta: null,
    items: 0,
    required,
  },
};

describe.skipIf(!providerFixturesAvailable)('normalizeKarrioTracker conformance', () => {
  const fixtures = listProviderFixtures('karrio');

  it('has an expectation for every payload in the fixture folder', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    expect(fixtures.map((fixture) => fixture.file).filter((file) => !(file in expectations))).toEqual([]);
  });

  describe.each(fixtures.map((fixture) => [fixture.file, fixture.payload] as const))('%s', (file, payload) => {
    const expected = expectations[file];

    it('meets its expectation and never throws', () => {
      if (!expected) throw new Error(`[waypost] no expectation written for karrio/${file}`);
      const shipment = normalizeKarrioTracker(payload);
      expect(parseModel(shipmentSchema, shipment, 'Karrio shipment')).toEqual(shipment);
      expect(shipment.status.milestone).toBe(expected.milestone);
      expect(shipment.status.exception).toBe(expected.exception);
      expect(shipment.events).toHaveLength(expected.events);
      expect(shipment.events[0]?.time?.raw ?? null).toBe(expected.first);
      expect(shipment.events.at(-1)?.time?.raw ?? null).toBe(expected.last);
      expect(shipment.eta?.start.raw ?? null).toBe(expected.eta);
      expect(shipment.itemIds).toHaveLength(expected.items);
    });

    it.each(
      getMalformedVariants(payload, expected?.required ?? required).map((variant) => [variant.name, variant] as const),
    )('throws an InvalidResponseError naming the field when %s', (_name, variant) => {
      let thrown: unknown;
      try {
        normalizeKarrioTracker(variant.payload);
      } catch (error) {
        thrown = error;
      }
      expect(isInvalidResponseError(thrown)).toBe(true);
      expect(isInvalidResponseError(thrown) && thrown.path.startsWith(variant.path)).toBe(true);
    });
  });
});

if (!providerFixturesAvailable)
  console.warn('[waypost] ../shared/fixtures not found: skipping the Karrio conformance suite');
