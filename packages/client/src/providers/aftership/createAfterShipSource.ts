import type { Source } from '../../source/Source.js';
import { createProviderFetch } from '../shared/createProviderFetch.js';
import { createTrackingSource } from '../shared/createTrackingSource.js';
import { normalizeTrackingNumber } from '../shared/normalizeTrackingNumber.js';
import { readPath } from '../shared/readPath.js';
import { normalizeAfterShipTracking } from './normalizeAfterShipTracking.js';
import { normalizeAfterShipTrackingList } from './normalizeAfterShipTrackingList.js';

/** Options of `createAfterShipSource`. */
export interface AfterShipSourceOptions {
  /** The retailer's AfterShip API key. Server-side only: never ship it to browsers. */
  apiKey: string;
  /**
   * `'v4'` for the legacy API, or a dated version of the current Tracking API.
   * @default '2026-07'
   */
  apiVersion?: string;
  /**
   * API root, for proxies and tests.
   * @default 'https://api.aftership.com/tracking/<apiVersion>' ('https://api.aftership.com/v4' for v4)
   */
  baseUrl?: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /**
   * Milliseconds per attempt.
   * @default 10_000
   */
  timeout?: number;
}

/**
 * A read-only source over the retailer's AfterShip trackings: tracking-number lookups and `get('shipment', id)`.
 * It finds trackings already in the AfterShip account and never creates one, so a stranger's lookups cannot
 * spend the retailer's AfterShip quota.
 *
 * @example
 * const handler = createHandler({ source: createAfterShipSource({ apiKey: process.env.AFTERSHIP_API_KEY! }), secret });
 */
export function createAfterShipSource(options: AfterShipSourceOptions): Source {
  const version = options.apiVersion ?? '2026-07';
  const legacy = version === 'v4';
  const api = createProviderFetch({
    provider: 'AfterShip',
    baseUrl:
      options.baseUrl ?? (legacy ? 'https://api.aftership.com/v4' : `https://api.aftership.com/tracking/${version}`),
    headers: legacy ? { 'aftership-api-key': options.apiKey } : { 'as-api-key': options.apiKey },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeout ? { timeout: options.timeout } : {}),
  });

  return createTrackingSource({
    name: 'aftership',
    async fetchTracking({ trackingNumber, carrier }, { signal }) {
      if (legacy && carrier) {
        const path = `trackings/${encodeURIComponent(carrier)}/${encodeURIComponent(trackingNumber)}`;
        return normalizeAfterShipTracking(await api.get(path, { signal }));
      }
      const searchParams = legacy
        ? { keyword: trackingNumber, slug: carrier }
        : { tracking_numbers: trackingNumber, slug: carrier };
      const body = await api.get('trackings', { searchParams, signal });
      // Keep only the parcel's own number: `keyword` also matches titles and order ids.
      const items = readPath(body, 'AfterShip tracking list').at('data').at('trackings').array();
      const index = items.findIndex((item) => {
        const number = item.at('tracking_number').value;
        return typeof number === 'string' && normalizeTrackingNumber(number) === trackingNumber;
      });
      return index === -1 ? null : (normalizeAfterShipTrackingList(body)[index] ?? null);
    },
  });
}
