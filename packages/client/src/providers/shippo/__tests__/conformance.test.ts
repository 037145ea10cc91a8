import { describeConformance, type ShipmentExpectation } from '../../shared/__tests__/conformance.js';
import { normalizeShippoTrack } from '../normalizeShippoTrack.js';
import { normalizeShippoWebhook } from '../normalizeShippoWebhook.js';

const isWebhook = (payload: unknown) => typeof payload === 'object' && payload !== null && 'event' in payload;

const uspsDelivered: ShipmentExpectation = {
  milestone: 'delivered',
  exception: null,
  events: 11,
  // The first status_date is "2016-12-07T00:00:00Z": a date padded to midnight UTC (docs/adapters.md#q3-dates-padded-to-midnight-utc), kept raw.
  first: '2016-12-07T00:00:00Z',
  last: '2016-12-08T15:19:00Z',
  eta: null,
};

describeConformance({
  provider: 'shippo',
  expectations: {
    // UNKNOWN → TRANSIT → FAILURE → DELIVERED; the top-level DELIVERED wins, eta hidden.
    'doc_webhook_sample_SHIPPO_DELIVERED_with_FAILURE_event.json': {
      ...{ milestone: 'delivered', exception: null, events: 4, eta: null },
      first: '2020-03-08T01:29:06.473Z',
      last: '2020-03-11T07:44:06.473Z',
    },
    // HTTP 400 body `{ detail }`: not a track.
    'error_400_test_mode_real_carrier_rejected.json': { error: 'InvalidResponseError', path: '' },
    // 2018 test mode writes no zone at all: wall-clock readings, ETA included.
    'track_test_mode_SHIPPO_TRANSIT_2018.json': {
      ...{ milestone: 'in_transit', exception: null, events: 2, eta: '2018-08-02T18:49:42.566' },
      first: '2018-07-28T14:39:42.589',
      last: '2018-07-29T16:44:42.589',
    },
    'track_test_mode_SHIPPO_TRANSIT_2019_get.json': {
      ...{ milestone: 'in_transit', exception: null, events: 2, eta: '2019-09-16T21:43:41.656Z' },
      first: '2019-09-11T17:33:41.661Z',
      last: '2019-09-12T19:38:41.661Z',
    },
    'track_test_mode_SHIPPO_TRANSIT_2019_post.json': {
      ...{ milestone: 'in_transit', exception: null, events: 2, eta: '2019-09-16T21:43:42.103Z' },
      first: '2019-09-11T17:33:42.119Z',
      last: '2019-09-12T19:38:42.119Z',
    },
    'track_usps_2016_get_DELIVERED.json': uspsDelivered,
    'track_usps_2016_post_DELIVERED.json': uspsDelivered,
    // tracking_status null: the carrier knows nothing yet.
    'track_usps_unknown_number_null_status.json': {
      milestone: 'label_created',
      exception: 'unknown',
      events: 0,
      eta: null,
    },
    'transactions_list_2016_label_created_UNKNOWN.json': {
      items: [
        // Old API: UNKNOWN with a history means "label created, awaiting the item".
        {
          ...{ milestone: 'label_created', exception: null, events: 2, eta: null },
          first: '2016-03-15T09:47:00Z',
          last: '2016-03-16T00:00:00Z',
        },
        // Failed label purchases: no tracking number at all.
        { error: 'InvalidResponseError', path: 'tracking_number' },
        { error: 'InvalidResponseError', path: 'tracking_number' },
        { error: 'InvalidResponseError', path: 'tracking_number' },
        { error: 'InvalidResponseError', path: 'tracking_number' },
      ],
    },
    'webhook_track_updated_accepted_ups_VENDOR_AUTHORED.json': {
      milestone: 'in_transit',
      exception: null,
      events: 0,
      eta: null,
    },
    'webhook_track_updated_delivered_OPENAPI_EXAMPLE.json': {
      ...{ milestone: 'delivered', exception: null, events: 1, eta: null },
      first: '2016-07-23T00:00:00Z',
      last: '2016-07-23T00:00:00Z',
    },
    'webhook_track_updated_pre_transit_VENDOR_AUTHORED.json': {
      milestone: 'label_created',
      exception: null,
      events: 0,
      eta: null,
    },
  },
  normalize: (payload) => (isWebhook(payload) ? normalizeShippoWebhook(payload) : normalizeShippoTrack(payload)),
  listItems: (payload) => {
    const results = (payload as { results?: unknown[] }).results;
    return Array.isArray(results) ? results : null;
  },
  normalizeItem: (item) => normalizeShippoTrack(item),
  target: (payload) => (isWebhook(payload) ? ['data'] : []),
  required: () => ['tracking_number'],
  eventsKey: 'tracking_history',
});
