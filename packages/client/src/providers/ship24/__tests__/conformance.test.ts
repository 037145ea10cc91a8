import { describeConformance, type ShipmentExpectation } from '../../shared/__tests__/conformance.js';
import { normalizeShip24Tracking } from '../normalizeShip24Tracking.js';

// Events arrive newest first (order 9..1) with local times and no offset (docs/adapters.md#q1-local-times-without-an-offset).
const delivered2021: ShipmentExpectation = {
  milestone: 'delivered',
  exception: null,
  events: 9,
  first: '2021-03-02T15:38:57',
  last: '2021-03-04T17:12:57',
  eta: null,
};

describeConformance({
  provider: 'ship24',
  expectations: {
    // A tracker just created: no results yet (pending → label_created + unknown).
    'doc_create_tracker_201.json': { milestone: 'label_created', exception: 'unknown', events: 0, eta: null },
    // `{ errors: [tracker_not_found], data: null }`: the source answers NotFoundError for the 404 itself.
    'doc_tracker_results_404.json': { error: 'InvalidResponseError', path: 'data' },
    'doc_tracking_results_delivered_usps.json': delivered2021,
    'doc_tracking_search_201.json': delivered2021,
    'doc_webhook_tracking_update.json': {
      items: [
        {
          ...{ milestone: 'delivered', exception: null, events: 1, eta: null },
          first: '2025-03-04T17:12:57',
          last: '2025-03-04T17:12:57',
        },
      ],
    },
  },
  normalize: (payload) => normalizeShip24Tracking(payload),
  listItems: (payload) => {
    const trackings = (payload as { trackings?: unknown[] }).trackings;
    return Array.isArray(trackings) ? trackings : null;
  },
  normalizeItem: (item) => normalizeShip24Tracking(item),
  target: (payload) =>
    (payload as { data: { trackings?: unknown } }).data.trackings ? ['data', 'trackings', 0] : ['data'],
  required: (object) =>
    (object as { shipment?: unknown }).shipment ? ['shipment', 'statusMilestone'] : ['tracker', 'trackingNumber'],
  eventsKey: 'events',
});
