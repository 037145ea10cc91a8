// Hand-written 17TRACK v2.2 `/gettrackinfo` answers, built from the documented shape (no recorded payload with
// provenance exists). Events are newest first, as 17TRACK sends them.

type Json = Record<string, unknown>;

function time(iso: string | null, utc: string | null) {
  return {
    time_iso: iso,
    time_utc: utc,
    time_raw: { date: iso?.slice(0, 10) ?? null, time: iso?.slice(11, 19) ?? null, timezone: null },
  };
}

function address(city: string | null, state: string | null, country: string | null) {
  return { country, state, city, street: null, postal_code: null, coordinates: { longitude: null, latitude: null } };
}

/** The four in-transit scans of the sample parcel, newest first. */
export const transitEvents: Json[] = [
  {
    ...time('2022-06-03T05:12:00-05:00', '2022-06-03T10:12:00Z'),
    description: 'Arrived at Facility',
    description_translation: null,
    location: 'Memphis, TN, US',
    stage: 'Arrival',
    sub_status: 'InTransit_Arrival',
    address: address('Memphis', 'TN', 'US'),
  },
  {
    ...time('2022-06-02T22:40:00-04:00', '2022-06-03T02:40:00Z'),
    description: 'Departed from Facility',
    description_translation: null,
    location: 'Atlanta, GA, US',
    stage: 'Departure',
    sub_status: 'InTransit_Departure',
    address: address('Atlanta', 'GA', 'US'),
  },
  {
    ...time('2022-06-02T13:05:00-04:00', '2022-06-02T17:05:00Z'),
    description: 'Pickup Scan',
    description_translation: null,
    location: 'Atlanta, GA, US',
    stage: 'PickedUp',
    sub_status: 'InTransit_PickedUp',
    address: address('Atlanta', 'GA', 'US'),
  },
  {
    ...time('2022-06-01T18:01:00-04:00', '2022-06-01T22:01:00Z'),
    description: 'Shipper created a label, UPS has not received the package yet &amp; will update',
    description_translation: null,
    location: null,
    stage: 'InfoReceived',
    sub_status: 'InfoReceived',
    address: address(null, null, null),
  },
];

const stages = [
  'InfoReceived',
  'PickedUp',
  'Departure',
  'Arrival',
  'AvailableForPickup',
  'OutForDelivery',
  'Delivered',
  'Returning',
  'Returned',
];

/** Options of `sample17TrackInfo`. */
export interface Sample17TrackOptions {
  status?: string;
  subStatus?: string | null;
  /** Newest first. */
  events?: Json[];
  eta?: { from: string | null; to: string | null } | null;
}

/**
 * A `/gettrackinfo` response for UPS 1Z2617V10397725789 with the given status; the `milestone[]` stages are
 * filled from the events' stages.
 */
export function sample17TrackInfo(options: Sample17TrackOptions = {}): Json {
  const events = options.events ?? transitEvents;
  const reached = new Map(events.map((event) => [event.stage as string, event]));
  return {
    code: 0,
    data: {
      accepted: [
        {
          number: '1Z2617V10397725789',
          carrier: 100002,
          param: null,
          tag: '',
          track_info: {
            shipping_info: {
              shipper_address: address('Atlanta', 'GA', 'US'),
              recipient_address: address(null, 'TN', 'US'),
            },
            latest_status: {
              status: options.status ?? 'InTransit',
              sub_status: options.subStatus === undefined ? 'InTransit_Arrival' : options.subStatus,
              sub_status_descr: null,
            },
            latest_event: events[0] ?? null,
            time_metrics: {
              days_after_order: 2,
              days_of_transit: 2,
              days_of_transit_done: 2,
              days_after_last_update: 0,
              estimated_delivery_date:
                options.eta === null
                  ? { source: null, from: null, to: null }
                  : {
                      source: 'Official',
                      ...(options.eta ?? { from: '2022-06-06T00:00:00-05:00', to: '2022-06-06T23:59:59-05:00' }),
                    },
            },
            milestone: stages.map((stage) => {
              const event = reached.get(stage);
              return {
                key_stage: stage,
                ...time((event?.time_iso as string) ?? null, (event?.time_utc as string) ?? null),
              };
            }),
            misc_info: {
              risk_factor: 0,
              service_type: 'UPS Ground',
              weight_raw: '1.00LBS',
              weight_kg: '0.45',
              pieces: '1',
            },
            tracking: {
              providers_hash: 1357924680,
              providers: [
                {
                  provider: {
                    key: 100002,
                    name: 'UPS',
                    alias: 'UPS',
                    tel: null,
                    homepage: 'https://www.ups.com/',
                    country: 'US',
                  },
                  service_type: 'UPS Ground',
                  latest_sync_status: 'Success',
                  latest_sync_time: '2022-06-03T10:30:00Z',
                  events_hash: 246813579,
                  events,
                },
              ],
            },
          },
        },
      ],
      rejected: [],
    },
  };
}

/** A delivered scan and an out-for-delivery scan, newest first, to put before `transitEvents`. */
export const finalEvents: Json[] = [
  {
    ...time('2022-06-06T14:31:00-05:00', '2022-06-06T19:31:00Z'),
    description: 'Delivered, Front Door',
    description_translation: { lang: 'en', description: 'Delivered: front door' },
    location: 'Nashville, TN, US',
    stage: 'Delivered',
    sub_status: 'Delivered_Other',
    address: address('Nashville', 'TN', 'US'),
  },
  {
    ...time('2022-06-06T08:02:00-05:00', '2022-06-06T13:02:00Z'),
    description: 'Out For Delivery Today',
    description_translation: null,
    location: 'Nashville, TN, US',
    stage: 'OutForDelivery',
    sub_status: 'OutForDelivery_Other',
    address: address('Nashville', 'TN', 'US'),
  },
];
