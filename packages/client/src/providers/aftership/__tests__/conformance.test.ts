import { describeConformance, type ShipmentExpectation } from '../../shared/__tests__/conformance.js';
import { normalizeAfterShipTracking } from '../normalizeAfterShipTracking.js';

const pending: ShipmentExpectation = { milestone: 'label_created', exception: null, events: 0, eta: null };
const postnl: ShipmentExpectation = {
  milestone: 'in_transit',
  exception: null,
  events: 6,
  first: '2021-03-20T15:29:27+01:00',
  last: '2021-03-25T10:59:00+01:00',
  eta: null,
};
const ups2014Delivered: ShipmentExpectation = {
  milestone: 'delivered',
  exception: null,
  events: 15,
  first: '2014-10-30T10:05:48',
  last: '2014-11-03T09:56:00',
  eta: null,
};

describeConformance({
  provider: 'aftership',
  expectations: {
    // Current API, delivered (picked up by customer); estimates present but hidden once delivered.
    'v2026-07_doc_get_tracking_by_id_delivered.json': {
      ...{ milestone: 'delivered', exception: null, events: 1, eta: null },
      first: '2022-01-01T18:47:10-05:00',
      last: '2022-01-01T18:47:10-05:00',
    },
    // 2014 checkpoints have no offset: wall-clock readings, kept raw.
    'v4_2014_01_delivered_ups_IN-US.json': {
      ...{ milestone: 'delivered', exception: null, events: 15, eta: null },
      first: '2014-05-04T14:06:23',
      last: '2014-05-08T12:31:00',
    },
    'v4_2014_02_delivered_ups_with_exceptions.json': {
      ...{ milestone: 'delivered', exception: null, events: 41, eta: null },
      first: '2014-05-01T10:33:38',
      last: '2014-05-23T10:00:00',
    },
    // expected_delivery 2014-07-02 is older than the last scan (07-23): stale, hidden.
    'v4_2014_03_in_transit_usps_attemptfail.json': {
      ...{ milestone: 'in_transit', exception: null, events: 27, eta: null },
      first: '2014-06-29T00:00:01',
      last: '2014-07-23T17:30:00',
    },
    'v4_2014_04_delivered_ups.json': ups2014Delivered,
    'v4_2014_05_list_trackings.json': {
      items: [
        {
          ...{ milestone: 'delivered', exception: null, events: 21, eta: null },
          first: '2014-11-11T19:12:00',
          last: '2014-11-19T14:08:00',
        },
        ups2014Delivered,
      ],
    },
    'v4_2014_06_created_pending.json': pending,
    // Tag Delivered with only an InTransit checkpoint: the top-level tag wins.
    'v4_2016_kaga_get_tracking_delivered.json': {
      ...{ milestone: 'delivered', exception: null, events: 1, eta: null },
      first: '2016-07-16T12:39:49',
      last: '2016-07-16T12:39:49',
    },
    'v4_java_01_get_tracking_delivered_fedex_CN-JP.json': {
      ...{ milestone: 'delivered', exception: null, events: 14, eta: null },
      first: '2018-07-23T01:21:39-05:00',
      last: '2018-07-25T10:10:00+09:00',
    },
    'v4_java_02_list_trackings_delivered_expired.json': {
      items: [
        {
          ...{ milestone: 'delivered', exception: null, events: 11, eta: null },
          first: '2018-07-31T10:33:00-04:00',
          last: '2018-08-01T13:19:47-04:00',
        },
        { milestone: 'label_created', exception: 'expired', events: 0, eta: null },
        { milestone: 'label_created', exception: 'expired', events: 0, eta: null },
      ],
    },
    'v4_java_03_create_tracking_pending.json': pending,
    // Exception_013 (lost) while the last checkpoint says Delivered: lost, milestone kept below delivered.
    'v4_java_04_mark_completed_exception_lost.json': {
      ...{ milestone: 'out_for_delivery', exception: 'lost', events: 14, eta: null },
      first: '2018-07-23T01:21:39-05:00',
      last: '2018-07-25T10:10:00+09:00',
    },
    'v4_java_05_update_tracking_delivered_no_offset.json': {
      ...{ milestone: 'delivered', exception: null, events: 11, eta: null },
      first: '2018-07-31T14:33:00',
      last: '2018-08-01T17:19:47',
    },
    'v4_java_06_last_checkpoint_delivered.json': {
      ...{ milestone: 'delivered', exception: null, events: 1, eta: null },
      first: '2018-08-01T13:19:47-04:00',
      last: '2018-08-01T13:19:47-04:00',
    },
    'v4_node_01_list_trackings_inforeceived_pending_delivered.json': {
      items: [
        {
          ...{ milestone: 'label_created', exception: null, events: 1, eta: null },
          first: '2023-12-20T02:12:00-06:00',
          last: '2023-12-20T02:12:00-06:00',
        },
        // Pending_004: still pending, flagged unknown; latest_estimated_delivery is null.
        { milestone: 'label_created', exception: 'unknown', events: 0, eta: null },
        // Pending_001 with an "Order EDD" latest estimate, a plain date.
        { milestone: 'label_created', exception: null, events: 0, eta: '2019-05-20' },
        {
          ...{ milestone: 'delivered', exception: null, events: 3, eta: null },
          first: '2023-10-27T05:35:24-04:00',
          last: '2023-10-27T05:35:28-04:00',
        },
      ],
    },
    'v4_node_02_get_tracking_delivered_ups.json': {
      ...{ milestone: 'delivered', exception: null, events: 1, eta: null },
      first: '2018-07-31T10:33:00-04:00',
      last: '2018-07-31T10:33:00-04:00',
    },
    'v4_py_01_get_tracking_in_transit_postnl.json': postnl,
    'v4_py_02_get_tracking_by_id_in_transit_postnl.json': postnl,
    'v4_py_03_create_tracking_pending_4px.json': pending,
    'v4_py_04_list_trackings_4px.json': { items: [pending] },
    // last_checkpoint of a pending tracking: every checkpoint field null, so no event.
    'v4_py_05_last_checkpoint_pending_null_checkpoint.json': pending,
    'v4_py_06_last_checkpoint_in_transit.json': {
      ...{ milestone: 'in_transit', exception: null, events: 1, eta: null },
      first: '2021-03-25T10:59:00+01:00',
      last: '2021-03-25T10:59:00+01:00',
    },
    'v4_py_07_update_tracking_china_post.json': pending,
  },
  normalize: (payload) => normalizeAfterShipTracking(payload),
  listItems: (payload) => {
    const trackings = (payload as { data?: { trackings?: unknown[] } }).data?.trackings;
    return Array.isArray(trackings) ? trackings : null;
  },
  normalizeItem: (item) => normalizeAfterShipTracking(item),
  target: (payload) => ((payload as { data: { tracking?: unknown } }).data.tracking ? ['data', 'tracking'] : ['data']),
  required: () => ['tracking_number'],
  eventsKey: 'checkpoints',
});
