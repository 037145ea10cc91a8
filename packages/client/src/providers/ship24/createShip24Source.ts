import { isNotFoundError } from '../../errors/NotFoundError.js';
import type { Source } from '../../source/Source.js';
import { createProviderFetch } from '../shared/createProviderFetch.js';
import { createTrackingSource } from '../shared/createTrackingSource.js';
import { normalizeShip24Tracking } from './normalizeShip24Tracking.js';

/** Options of `createShip24Source`. */
export interface Ship24SourceOptions {
  /** The retailer's Ship24 API key. Server-side only. */
  apiKey: string;
  /**
   * Create a tracker (`POST /trackers/track`, billed per shipment) when none exists for the number. Off by default,
   * so a stranger's lookups cannot spend the retailer's Ship24 plan.
   * @default false
   */
  createTrackers?: boolean;
  /**
   * API root, for proxies and tests.
   * @default 'https://api.ship24.com/public/v1'
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
 * A read-only source over the retailer's Ship24 trackers: it reads existing results by tracking number
 * (`GET /trackers/search/{number}/results`, which never creates a tracker) and serves `get('shipment', id)`.
 *
 * @example
 * const source = createShip24Source({ apiKey: process.env.SHIP24_API_KEY! });
 */
export function createShip24Source(options: Ship24SourceOptions): Source {
  const api = createProviderFetch({
    provider: 'Ship24',
    baseUrl: options.baseUrl ?? 'https://api.ship24.com/public/v1',
    headers: { authorization: `Bearer ${options.apiKey}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeout ? { timeout: options.timeout } : {}),
  });

  return createTrackingSource({
    name: 'ship24',
    async fetchTracking({ trackingNumber, carrier }, { signal }) {
      try {
        return normalizeShip24Tracking(
          await api.get(`trackers/search/${encodeURIComponent(trackingNumber)}/results`, { signal }),
        );
      } catch (error) {
        if (!options.createTrackers || !isNotFoundError(error)) throw error;
      }
      const json = { trackingNumber, ...(carrier ? { courierCode: [carrier] } : {}) };
      return normalizeShip24Tracking(await api.post('trackers/track', { json, signal }));
    },
  });
}
