import type { Source } from '../../source/Source.js';
import { createProviderFetch } from '../shared/createProviderFetch.js';
import { createTrackingSource } from '../shared/createTrackingSource.js';
import { normalizeKarrioTracker } from './normalizeKarrioTracker.js';

/** Options of `createKarrioSource`. */
export interface KarrioSourceOptions {
  /** A Karrio API key (`key_…`), sent as `Authorization: Token <key>`. Keep it on the server. */
  apiKey: string;
  /**
   * Root of the Karrio server, without `/v1` (Karrio is often self-hosted).
   * @example 'https://api.karrio.io'
   */
  baseUrl: string;
  /**
   * Create the tracker when Karrio has none yet (`POST /v1/trackers`, needs the carrier). Creating one makes
   * Karrio poll the carrier for a number a stranger typed, so it is off unless asked for.
   * @default false
   */
  createTrackers?: boolean;
  /**
   * Milliseconds before a call fails with a `TimeoutError`.
   * @default 10_000
   */
  timeout?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

/**
 * A `Source` over a Karrio server's trackers. `findShipment` reads an existing tracker with
 * `GET /v1/trackers/{tracking_number}` (a given carrier, Karrio's `carrier_name` such as `ups` or `dhl_express`,
 * must match); with `createTrackers: true` and a carrier it calls `POST /v1/trackers`, which returns the tracker
 * or creates it. A 404 is "not found". Orders, returns and exchanges are not served. Server-side only: the API
 * key must not reach a browser.
 *
 * @example
 * const source = createKarrioSource({ apiKey: process.env.KARRIO_API_KEY!, baseUrl: 'https://karrio.example.com' });
 */
export function createKarrioSource(options: KarrioSourceOptions): Source {
  const api = createProviderFetch({
    provider: 'Karrio',
    baseUrl: `${options.baseUrl.replace(/\/+$/, '')}/v1`,
    headers: { authorization: `Token ${options.apiKey}` },
    ...(options.timeout ? { timeout: options.timeout } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return createTrackingSource({
    name: 'karrio',
    async fetchTracking(query, context) {
      const body =
        options.createTrackers && query.carrier
          ? await api.post('trackers', {
              json: { tracking_number: query.trackingNumber, carrier_name: query.carrier },
              signal: context.signal,
            })
          : await api.get(`trackers/${encodeURIComponent(query.trackingNumber)}`, { signal: context.signal });
      if (body === null) return null;
      const shipment = normalizeKarrioTracker(body);
      // Without a carrier the number alone decides; with one, a tracker of another carrier is not this parcel.
      return !query.carrier || shipment.id.split(':')[1] === encodeURIComponent(query.carrier) ? shipment : null;
    },
  });
}
