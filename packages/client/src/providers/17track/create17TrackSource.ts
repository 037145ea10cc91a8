import { HttpError } from '../../errors/HttpError.js';
import type { Source } from '../../source/Source.js';
import { createProviderFetch } from '../shared/createProviderFetch.js';
import { createTrackingSource } from '../shared/createTrackingSource.js';
import { readPath } from '../shared/readPath.js';
import { normalize17TrackInfo } from './normalize17TrackInfo.js';

/** Options of `create17TrackSource`. */
export interface SeventeenTrackSourceOptions {
  /** The account's API key, sent as the `17token` header. Keep it on the server. */
  apiKey: string;
  /**
   * API root, for the v2.4 API or a proxy.
   * @default 'https://api.17track.net/track/v2.2'
   * @example 'https://api.17track.net/track/v2.4'
   */
  baseUrl?: string;
  /**
   * Register a number 17TRACK does not track yet, so the next lookup finds it. Registering uses quota.
   * @default false
   */
  autoRegister?: boolean;
  /**
   * Milliseconds before a call fails with a `TimeoutError`.
   * @default 10_000
   */
  timeout?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

// 17TRACK's rejection code for "this number is not registered" (v2.2 and v2.4).
const notRegistered = -18019902;

/**
 * A `Source` over the 17TRACK tracking API: `findShipment` posts the number to `/gettrackinfo` and normalizes
 * the answer with `normalize17TrackInfo`; `get('shipment', id)` reads it again. 17TRACK only answers for numbers
 * registered on the account: an unregistered number is "not found" (and is registered when `autoRegister` is on).
 * Orders, returns and exchanges are not served. Server-side only: the API key must not reach a browser.
 *
 * @example
 * const source = create17TrackSource({ apiKey: process.env.SEVENTEENTRACK_API_KEY! });
 * const handler = createHandler({ source, secret });
 */
export function create17TrackSource(options: SeventeenTrackSourceOptions): Source {
  const api = createProviderFetch({
    provider: '17TRACK',
    baseUrl: options.baseUrl ?? 'https://api.17track.net/track/v2.2',
    headers: { '17token': options.apiKey },
    ...(options.timeout ? { timeout: options.timeout } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return createTrackingSource({
    name: '17track',
    async fetchTracking(query, context) {
      const carrier = query.carrier && /^\d+$/.test(query.carrier) ? Number(query.carrier) : undefined;
      const entry = { number: query.trackingNumber, ...(carrier ? { carrier } : {}) };
      const body = await api.post('gettrackinfo', { json: [entry], signal: context.signal });
      const root = readPath(body, '17TRACK /gettrackinfo');
      const code = root.at('code').optionalNumber();
      if (code !== undefined && code !== 0) {
        throw new HttpError(`17TRACK refused /gettrackinfo with code ${code}`, { status: 502 });
      }
      if (root.at('data').at('accepted').optionalArray().length > 0) return normalize17TrackInfo(body);
      const rejected = root.at('data').at('rejected').optionalArray()[0];
      if (options.autoRegister && rejected?.at('error').at('code').optionalNumber() === notRegistered) {
        await api.post('register', { json: [entry], signal: context.signal });
      }
      return null;
    },
  });
}
