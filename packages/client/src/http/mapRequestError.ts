import { HTTPError, TimeoutError as KyTimeoutError } from 'ky';
import { AbortError } from '../errors/AbortError.js';
import { NetworkError } from '../errors/NetworkError.js';
import { TimeoutError } from '../errors/TimeoutError.js';
import { isWaypostError, type WaypostError } from '../errors/WaypostError.js';
import type { TypedHttpError } from './createKy.js';

/**
 * Turns whatever a request threw into a Waypost error; `createKy`'s hook has already mapped an error response.
 * The caller's signal is checked first: an abort must read as an abort even when fetch reports it as a network
 * failure.
 *
 * @example throw await mapRequestError(error, 'GET /orders/o_1', signal)
 */
export async function mapRequestError(error: unknown, what: string, signal?: AbortSignal): Promise<WaypostError> {
  if (isWaypostError(error)) return error;
  if (signal?.aborted) return new AbortError(`${what} was aborted`, { cause: signal.reason });
  // A `createKy` instance's hook already mapped the response.
  if (error instanceof HTTPError) return (error as TypedHttpError).typed as WaypostError;
  if (error instanceof KyTimeoutError) return new TimeoutError(`${what} timed out`, { cause: error });
  return new NetworkError(`${what} got no response`, { cause: error });
}
