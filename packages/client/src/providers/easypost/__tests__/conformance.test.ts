import { describeConformance, type ShipmentExpectation } from '../../shared/__tests__/conformance.js';
import { normalizeEasyPostTracker } from '../normalizeEasyPostTracker.js';

// EasyPost statuses as the taxonomy places them; `error` is a tracking error, shown as `unknown`.
const byStatus: Record<string, Pick<ShipmentExpectation, 'milestone' | 'exception'>> = {
  pre_transit: { milestone: 'label_created', exception: null },
  in_transit: { milestone: 'in_transit', exception: null },
  out_for_delivery: { milestone: 'out_for_delivery', exception: null },
  delivered: { milestone: 'delivered', exception: null },
  error: { milestone: 'label_created', exception: 'unknown' },
};

// Test-mode trackers set est_delivery_date to created_at, a month after the last event: not stale, so it shows
// until delivery.
function row(status: string, events: number, first: string, last: string, eta: string | null): ShipmentExpectation {
  return { ...(byStatus[status] as ShipmentExpectation), events, first, last, eta };
}

const docPreTransit = row('pre_transit', 2, '2025-04-09T20:40:17Z', '2025-04-10T09:17:17Z', '2025-05-09T20:40:17Z');

describeConformance({
  provider: 'easypost',
  expectations: {
    // A return Shipment before its label is bought: no tracker yet, nothing to track.
    'doc_returns_create_shipment_is_return.json': { error: 'InvalidResponseError', path: 'tracker' },
    'doc_trackers_list.json': { items: [docPreTransit] },
    'doc_trackers_retrieve.json': docPreTransit,
    'tracker_go2020_delivered_EZ4000000004.json': row(
      'delivered',
      8,
      '2020-04-08T05:01:22Z',
      '2020-04-12T06:10:22Z',
      null,
    ),
    // failure keeps the furthest milestone reached (Picked Up → in_transit).
    'tracker_go2020_failure_EZ6000000006.json': {
      ...row('in_transit', 4, '2020-04-08T05:01:22Z', '2020-04-09T23:03:22Z', '2020-05-08T05:01:22Z'),
      exception: 'exception',
    },
    'tracker_go2020_return_to_sender_EZ5000000005.json': {
      ...row('out_for_delivery', 8, '2020-04-08T05:01:22Z', '2020-04-12T06:10:22Z', '2020-05-08T05:01:22Z'),
      exception: 'returned_to_sender',
    },
    'tracker_py2022_01_pre_transit_EZ1000000001.json': row(
      'pre_transit',
      2,
      '2022-02-09T23:05:09Z',
      '2022-02-10T17:54:09Z',
      '2022-03-09T23:05:09Z',
    ),
    'tracker_py2022_02_in_transit_EZ2000000002.json': row(
      'in_transit',
      6,
      '2022-02-09T23:05:09Z',
      '2022-02-12T23:05:09Z',
      '2022-03-09T23:05:09Z',
    ),
    'tracker_py2022_03_out_for_delivery_EZ3000000003.json': row(
      'out_for_delivery',
      7,
      '2022-02-09T23:05:09Z',
      '2022-02-13T16:51:09Z',
      '2022-03-09T23:05:09Z',
    ),
    'tracker_py2022_04_delivered_EZ4000000004.json': row(
      'delivered',
      8,
      '2022-02-09T23:05:10Z',
      '2022-02-14T00:14:10Z',
      null,
    ),
    'tracker_py2022_05_return_to_sender_EZ5000000005.json': {
      ...row('out_for_delivery', 8, '2022-02-09T23:05:10Z', '2022-02-14T00:14:10Z', '2022-03-09T23:05:10Z'),
      exception: 'returned_to_sender',
    },
    'tracker_py2022_06_failure_EZ6000000006.json': {
      ...row('in_transit', 4, '2022-02-09T23:05:11Z', '2022-02-11T17:07:11Z', '2022-03-09T23:05:11Z'),
      exception: 'exception',
    },
    // unknown: one detail with a null datetime (docs/adapters.md#q6-null-timestamps).
    'tracker_py2022_07_unknown_EZ7000000007.json': {
      milestone: 'label_created',
      exception: 'unknown',
      events: 1,
      eta: null,
    },
    'tracker_py_current_retrieve_pre_transit.json': row(
      'pre_transit',
      2,
      '2025-02-06T19:48:26Z',
      '2025-02-07T08:25:26Z',
      '2025-03-06T19:48:26Z',
    ),
    'tracker_rb2024_delivered_9400100110368068500422.json': row(
      'delivered',
      8,
      '2024-06-29T18:10:49Z',
      '2024-07-02T08:01:49Z',
      null,
    ),
    'tracker_rb2024_error_9400100110368068500644.json': row(
      'error',
      1,
      '2024-07-29T18:08:30Z',
      '2024-07-29T18:08:30Z',
      null,
    ),
    'tracker_rb2024_in_transit_9400100110368068501115.json': row(
      'in_transit',
      6,
      '2024-06-29T18:10:47Z',
      '2024-07-02T02:59:47Z',
      '2024-07-29T18:10:47Z',
    ),
    'tracker_rb2024_out_for_delivery_9434600110368068500783.json': row(
      'out_for_delivery',
      7,
      '2024-06-29T18:10:52Z',
      '2024-07-02T03:09:52Z',
      '2024-07-29T18:10:52Z',
    ),
    'trackers_rb2024_list_page_mixed_statuses.json': {
      items: [
        row('pre_transit', 2, '2024-06-29T18:10:19Z', '2024-06-30T06:47:19Z', '2024-07-29T18:10:19Z'),
        row('pre_transit', 2, '2024-06-29T18:10:14Z', '2024-06-30T06:47:14Z', '2024-07-29T18:10:14Z'),
        row('pre_transit', 2, '2024-06-29T18:10:09Z', '2024-06-30T06:47:09Z', '2024-07-29T18:10:09Z'),
        row('pre_transit', 2, '2024-06-29T18:10:06Z', '2024-06-30T06:47:06Z', '2024-07-29T18:10:06Z'),
        row('in_transit', 6, '2024-06-29T18:10:47Z', '2024-07-02T02:59:47Z', '2024-07-29T18:10:47Z'),
        row('in_transit', 6, '2024-06-29T18:10:45Z', '2024-07-02T02:59:45Z', '2024-07-29T18:10:45Z'),
        row('in_transit', 6, '2024-06-29T18:10:37Z', '2024-07-02T02:59:37Z', '2024-07-29T18:10:37Z'),
        row('in_transit', 6, '2024-06-29T18:10:21Z', '2024-07-02T02:59:21Z', '2024-07-29T18:10:21Z'),
        row('in_transit', 6, '2024-06-29T18:10:15Z', '2024-07-02T02:59:15Z', '2024-07-29T18:10:15Z'),
        row('in_transit', 6, '2024-06-29T18:10:11Z', '2024-07-02T02:59:11Z', '2024-07-29T18:10:11Z'),
        row('in_transit', 6, '2024-06-29T18:10:05Z', '2024-07-02T02:59:05Z', '2024-07-29T18:10:05Z'),
        row('in_transit', 6, '2024-06-29T18:10:00Z', '2024-07-02T02:59:00Z', '2024-07-29T18:10:00Z'),
        row('in_transit', 6, '2024-06-29T18:09:57Z', '2024-07-02T02:58:57Z', '2024-07-29T18:09:57Z'),
        row('out_for_delivery', 7, '2024-06-29T18:10:52Z', '2024-07-02T03:09:52Z', '2024-07-29T18:10:52Z'),
        row('out_for_delivery', 7, '2024-06-29T18:10:52Z', '2024-07-02T03:09:52Z', '2024-07-29T18:10:52Z'),
        row('out_for_delivery', 7, '2024-06-29T18:10:48Z', '2024-07-02T03:09:48Z', '2024-07-29T18:10:48Z'),
        row('out_for_delivery', 7, '2024-06-29T18:10:48Z', '2024-07-02T03:09:48Z', '2024-07-29T18:10:48Z'),
        row('pre_transit', 2, '2024-06-29T18:08:35Z', '2024-06-30T06:45:35Z', '2024-07-29T18:08:35Z'),
        // The same code listed twice (docs/adapters.md#q7-ordering-and-consistency): an error tracker, then a live one.
        row('error', 1, '2024-07-29T18:08:30Z', '2024-07-29T18:08:30Z', null),
        row('out_for_delivery', 7, '2024-06-29T18:10:30Z', '2024-07-02T03:09:30Z', '2024-07-29T18:10:30Z'),
        row('error', 1, '2024-07-29T18:08:28Z', '2024-07-29T18:08:28Z', null),
        row('out_for_delivery', 7, '2024-06-29T18:10:27Z', '2024-07-02T03:09:27Z', '2024-07-29T18:10:27Z'),
        row('out_for_delivery', 7, '2024-06-29T18:09:55Z', '2024-07-02T03:08:55Z', '2024-07-29T18:09:55Z'),
        row('delivered', 8, '2024-06-29T18:10:49Z', '2024-07-02T08:01:49Z', null),
        row('delivered', 8, '2024-06-29T18:10:45Z', '2024-07-02T08:01:45Z', null),
        row('delivered', 8, '2024-06-29T18:10:26Z', '2024-07-02T08:01:26Z', null),
        row('pre_transit', 2, '2024-06-29T17:50:19Z', '2024-06-30T06:27:19Z', '2024-07-29T17:50:19Z'),
        row('error', 1, '2024-07-29T17:50:19Z', '2024-07-29T17:50:19Z', null),
        row('error', 1, '2024-07-29T17:50:19Z', '2024-07-29T17:50:19Z', null),
        row('error', 1, '2024-07-29T17:50:19Z', '2024-07-29T17:50:19Z', null),
      ],
    },
  },
  normalize: (payload) => normalizeEasyPostTracker(payload),
  listItems: (payload) => {
    const trackers = (payload as { trackers?: unknown[] }).trackers;
    return Array.isArray(trackers) ? trackers : null;
  },
  normalizeItem: (item) => normalizeEasyPostTracker(item),
  target: () => [],
  required: () => ['tracking_code'],
  eventsKey: 'tracking_details',
});
