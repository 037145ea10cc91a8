import type { Source } from '../../source/Source.js';
import { createProviderFetch } from '../shared/createProviderFetch.js';
import { createTrackingSource } from '../shared/createTrackingSource.js';
import { normalizeEasyPostTracker } from './normalizeEasyPostTracker.js';
import { normalizeEasyPostTrackerList } from './normalizeEasyPostTrackerList.js';

/** Options of `createEasyPostSource`. */
export interface EasyPostSourceOptions {
  /** The retailer's EasyPost API key (production or test). Server-side only. */
  apiKey: string;
  /**
   * Create a tracker (`POST /trackers`, billed by EasyPost) when none exists for the number. Off by default, so a
   * stranger's lookups cannot run up the retailer's bill.
   * @default false
   */
  createTrackers?: boolean;
  /**
   * API root, for proxies and tests.
   * @default 'https://api.easypost.com/v2'
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
 * A read-only source over the retailer's EasyPost trackers: tracking-number lookups and `get('shipment', id)`.
 * When EasyPost lists several trackers for one code (docs/adapters.md#q7-ordering-and-consistency), the newest one that is not in `error` wins.
 *
 * @example
 * const source = createEasyPostSource({ apiKey: process.env.EASYPOST_API_KEY! });
 */
export function createEasyPostSource(options: EasyPostSourceOptions): Source {
  const api = createProviderFetch({
    provider: 'EasyPost',
    baseUrl: options.baseUrl ?? 'https://api.easypost.com/v2',
    headers: { authorization: `Basic ${btoa(`${options.apiKey}:`)}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeout ? { timeout: options.timeout } : {}),
  });

  return createTrackingSource({
    name: 'easypost',
    async fetchTracking({ trackingNumber, carrier }, { signal }) {
      const body = await api.get('trackers', {
        searchParams: { tracking_code: trackingNumber, carrier, page_size: '20' },
        signal,
      });
      const matches = normalizeEasyPostTrackerList(body).filter(
        (shipment) => shipment.trackingNumber === trackingNumber,
      );
      const best = matches.find((shipment) => shipment.status.raw.status !== 'error') ?? matches[0];
      if (best || !options.createTrackers) return best ?? null;
      const created = await api.post('trackers', {
        json: { tracker: { tracking_code: trackingNumber, carrier } },
        signal,
      });
      return normalizeEasyPostTracker(created);
    },
  });
}
