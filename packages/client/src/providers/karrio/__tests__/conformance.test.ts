import { it } from 'vitest';
import {
  describeRecordedPayloads,
  expectShipmentSummary,
  itRefusesMalformed,
  type ShipmentSummary,
} from '../../shared/__tests__/conformance.js';
import { normalizeKarrioTracker } from '../normalizeKarrioTracker.js';

interface Expectation extends ShipmentSummary {
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

const suite = { provider: 'karrio', title: 'normalizeKarrioTracker conformance', label: 'Karrio', expectations };

describeRecordedPayloads(suite, (file, payload, expected) => {
  it('meets its expectation and never throws', () => {
    if (!expected) throw new Error(`[waypost] no expectation written for karrio/${file}`);
    expectShipmentSummary(normalizeKarrioTracker(payload), expected, 'Karrio shipment');
  });

  itRefusesMalformed(payload, expected?.required ?? required, normalizeKarrioTracker, { namesField: true });
});
