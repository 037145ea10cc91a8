import { describe, expect, it } from 'vitest';
import { expectShipmentSummary, itRefusesMalformed, type ShipmentSummary } from '../../shared/__tests__/conformance.js';
import { listProviderFixtures, providerFixturesAvailable } from '../../shared/__tests__/listProviderFixtures.js';
import { normalize17TrackInfo } from '../normalize17TrackInfo.js';
import { finalEvents, sample17TrackInfo, transitEvents } from './sample17TrackInfo.js';

// No order items in any 17TRACK payload: it tracks parcels only.
interface Expectation extends Omit<ShipmentSummary, 'items'> {
  payload: unknown;
}

const first = '2022-06-01T18:01:00-04:00';
const transit = { events: 4, first, last: '2022-06-03T05:12:00-05:00', eta: '2022-06-06T00:00:00-05:00' };
const finished = { events: 6, first, last: '2022-06-06T14:31:00-05:00', eta: null };
const outForDelivery = [finalEvents[1] as Record<string, unknown>, ...transitEvents];
const ofd = { events: 5, first, last: '2022-06-06T08:02:00-05:00', eta: '2022-06-06T00:00:00-05:00' };
const none = { events: 0, first: null, last: null, eta: null };

// Hand-written answers, one per status and sub-status of TAXONOMY §4 (no recorded 17TRACK payload exists).
const handWritten: Record<string, Expectation> = {
  NotFound: {
    payload: sample17TrackInfo({ status: 'NotFound', subStatus: 'NotFound_Other', events: [], eta: null }),
    milestone: 'label_created',
    exception: 'unknown',
    ...none,
  },
  InfoReceived: {
    payload: sample17TrackInfo({
      status: 'InfoReceived',
      subStatus: 'InfoReceived',
      events: transitEvents.slice(3),
      eta: null,
    }),
    milestone: 'label_created',
    exception: null,
    events: 1,
    first,
    last: first,
    eta: null,
  },
  InTransit_PickedUp: {
    payload: sample17TrackInfo({ subStatus: 'InTransit_PickedUp', events: transitEvents.slice(2) }),
    milestone: 'in_transit',
    exception: null,
    events: 2,
    first,
    last: '2022-06-02T13:05:00-04:00',
    eta: transit.eta,
  },
  InTransit_Departure: {
    payload: sample17TrackInfo({ subStatus: 'InTransit_Departure', events: transitEvents.slice(1) }),
    milestone: 'in_transit',
    exception: null,
    events: 3,
    first,
    last: '2022-06-02T22:40:00-04:00',
    eta: transit.eta,
  },
  InTransit_Arrival: { payload: sample17TrackInfo(), milestone: 'in_transit', exception: null, ...transit },
  InTransit_Other: {
    payload: sample17TrackInfo({ subStatus: 'InTransit_Other' }),
    milestone: 'in_transit',
    exception: null,
    ...transit,
  },
  Expired: {
    payload: sample17TrackInfo({ status: 'Expired', subStatus: 'Expired_Other' }),
    milestone: 'in_transit',
    exception: 'expired',
    ...transit,
  },
  AvailableForPickup: {
    payload: sample17TrackInfo({
      status: 'AvailableForPickup',
      subStatus: 'AvailableForPickup_Other',
      events: outForDelivery,
    }),
    milestone: 'out_for_delivery',
    exception: 'available_for_pickup',
    ...ofd,
  },
  OutForDelivery: {
    payload: sample17TrackInfo({ status: 'OutForDelivery', subStatus: 'OutForDelivery_Other', events: outForDelivery }),
    milestone: 'out_for_delivery',
    exception: null,
    ...ofd,
  },
  ...Object.fromEntries(
    ['NoBody', 'Security', 'Rejected', 'InvalidAddress', 'Other'].map((sub) => [
      `DeliveryFailure_${sub}`,
      {
        payload: sample17TrackInfo({
          status: 'DeliveryFailure',
          subStatus: `DeliveryFailure_${sub}`,
          events: outForDelivery,
        }),
        milestone: 'out_for_delivery',
        exception: 'attempt_failed',
        ...ofd,
      },
    ]),
  ),
  Delivered: {
    payload: sample17TrackInfo({
      status: 'Delivered',
      subStatus: 'Delivered_Other',
      events: [...finalEvents, ...transitEvents],
    }),
    milestone: 'delivered',
    exception: null,
    ...finished,
  },
  ...Object.fromEntries(
    (
      [
        ['Returning', 'returned_to_sender'],
        ['Returned', 'returned_to_sender'],
        ['Lost', 'lost'],
        ['Destroyed', 'lost'],
        ['Delayed', 'delayed'],
        ['Cancel', 'cancelled'],
        ['NoBody', 'exception'],
        ['Security', 'exception'],
        ['Rejected', 'exception'],
        ['Damage', 'exception'],
        ['Other', 'exception'],
      ] as const
    ).map(([sub, exception]) => [
      `Exception_${sub}`,
      {
        payload: sample17TrackInfo({ status: 'Exception', subStatus: `Exception_${sub}` }),
        milestone: 'in_transit',
        exception,
        ...transit,
      },
    ]),
  ),
};

// Recorded payloads would get their expectations here, written by reading each file by hand.
const recorded: Record<string, Omit<Expectation, 'payload'>> = {};

function check(payload: unknown, expected: Omit<Expectation, 'payload'>) {
  expectShipmentSummary(normalize17TrackInfo(payload), { ...expected, items: 0 }, '17TRACK shipment');
}

const requiredPaths = [
  'data',
  'data.accepted',
  'data.accepted.0.number',
  'data.accepted.0.track_info',
  'data.accepted.0.track_info.latest_status',
  'data.accepted.0.track_info.latest_status.status',
];

describe('normalize17TrackInfo conformance', () => {
  describe.each(Object.entries(handWritten))('hand-written %s', (_, expectation) => {
    it('meets its expectation', () => check(expectation.payload, expectation));

    itRefusesMalformed(expectation.payload, requiredPaths, normalize17TrackInfo);
  });

  describe.skipIf(!providerFixturesAvailable)('recorded payloads', () => {
    const fixtures = listProviderFixtures('17track');
    it('has an expectation for every payload in the fixture folder', () => {
      expect(fixtures.map((fixture) => fixture.file).filter((file) => !(file in recorded))).toEqual([]);
    });
    it.each(fixtures.map((fixture) => [fixture.file, fixture.payload] as const))(
      '%s meets its expectation',
      (file, payload) => {
        check(payload, recorded[file] as Omit<Expectation, 'payload'>);
      },
    );
  });
});

if (!providerFixturesAvailable)
  console.warn('[waypost] ../shared/fixtures not found: skipping the 17TRACK recorded-payload conformance');
