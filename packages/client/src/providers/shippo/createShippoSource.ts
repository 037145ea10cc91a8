import { InvalidRequestError } from '../../errors/InvalidRequestError.js';
import type { Source } from '../../source/Source.js';
import { createProviderFetch } from '../shared/createProviderFetch.js';
import { createTrackingSource } from '../shared/createTrackingSource.js';
import { normalizeShippoTrack } from './normalizeShippoTrack.js';

/** Options of `createShippoSource`. */
export interface ShippoSourceOptions {
  /** The retailer's Shippo API token (`shippo_live_…` or `shippo_test_…`). Server-side only. */
  apiKey: string;
  /**
   * Shippo carrier token used when a lookup names no carrier (Shippo needs one: `usps`, `ups`, `fedex`, …).
   * @default undefined (lookups without a carrier are refused with `InvalidRequestError`)
   */
  defaultCarrier?: string;
  /**
   * API root, for proxies and tests.
   * @default 'https://api.goshippo.com'
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
 * A read-only source over Shippo tracking (`GET /tracks/{carrier}/{number}`): tracking-number lookups and
 * `get('shipment', id)`. Shippo's 400 (for example a real carrier with a test token) becomes an `HttpError`
 * quoting Shippo's `detail`; an untrackable number is a shipment flagged `unknown`, as Shippo reports it.
 *
 * @example
 * const source = createShippoSource({ apiKey: process.env.SHIPPO_API_KEY!, defaultCarrier: 'usps' });
 */
export function createShippoSource(options: ShippoSourceOptions): Source {
  const api = createProviderFetch({
    provider: 'Shippo',
    baseUrl: options.baseUrl ?? 'https://api.goshippo.com',
    headers: { authorization: `ShippoToken ${options.apiKey}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeout ? { timeout: options.timeout } : {}),
  });

  return createTrackingSource({
    name: 'shippo',
    async fetchTracking({ trackingNumber, carrier }, { signal }) {
      const token = carrier ?? options.defaultCarrier;
      if (!token) {
        throw new InvalidRequestError('Shippo needs a carrier to track a number', {
          fields: [{ field: 'carrier', message: 'required for Shippo tracking' }],
        });
      }
      const path = `tracks/${encodeURIComponent(token.toLowerCase())}/${encodeURIComponent(trackingNumber)}`;
      return normalizeShippoTrack(await api.get(path, { signal }));
    },
  });
}
