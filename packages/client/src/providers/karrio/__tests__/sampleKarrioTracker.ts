// A hand-written Karrio tracker in the shape Karrio's REST API returns (see `TrackingStatus` in Karrio's
// serializers), for the cases the two recorded test expectations do not cover.

type Json = Record<string, unknown>;

function event(
  date: string,
  time: string | null,
  description: string,
  code: string,
  status: string | null,
  location: string | null,
): Json {
  return {
    date,
    time,
    description,
    code,
    location,
    status,
    latitude: null,
    longitude: null,
    reason: null,
    timestamp: null,
  };
}

/** A Canada Post parcel, delivered unless `status` says otherwise; events newest first as carriers often list them. */
export function sampleKarrioTracker(status = 'delivered', overrides: Json = {}): Json {
  return {
    id: 'trk_5f1e0c3a2b',
    object_type: 'tracker',
    carrier_name: 'canadapost',
    carrier_id: 'canadapost',
    tracking_number: '7023210039414604',
    test_mode: false,
    delivered: status === 'delivered',
    status,
    estimated_delivery: '2024-03-08',
    events: [
      event(
        '2024-03-07',
        '14:02',
        'Delivered to your community mailbox',
        '1496',
        status === 'delivered' ? 'delivered' : null,
        'MONTREAL, QC',
      ),
      event('2024-03-07', '08:11', 'Item out for delivery', '0174', 'out_for_delivery', 'MONTREAL, QC'),
      event(
        '2024-03-05',
        '21:40',
        'Item processed at postal facility &amp; sorted',
        '0100',
        'in_transit',
        'MISSISSAUGA, ON',
      ),
      event('2024-03-05', null, 'Electronic information submitted by shipper', '3000', 'pending', null),
    ],
    messages: [],
    meta: {},
    metadata: {},
    info: {
      carrier_tracking_link: 'https://www.canadapost-postescanada.ca/track-reperage/en#/details/7023210039414604',
      expected_delivery: '2024-03-09',
      shipment_delivery_date: null,
      signed_by: null,
    },
    ...overrides,
  };
}
