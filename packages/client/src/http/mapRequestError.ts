import { HTTPError, TimeoutError as KyTimeoutError } from 'ky';
import { AbortError } from '../errors/AbortError.js';
import { NetworkError } from '../errors/NetworkError.js';
import { TimeoutError } from '../errors/TimeoutError.js';
import { isWaypostError, type WaypostError } from '../errors/WaypostError.js';
import { mapHttpError } from './mapHttpError.js';

/**
 * Turns whatever a request threw into a Waypost error. The caller's signal is checked first: an abort must read
 * as an abort even when fetch reports it as a network failure.
 *
 * @example throw await mapRequestError(error, 'GET /orders/o_1', signal)
 */
export async function mapRequestError(error: unknown, what: string, signal?: AbortSignal): Promise<WaypostError> {
  if (isWaypostError(error)) return error;
  if (signal?.aborted) return new AbortError(`${what} was aborted`, { cause: signal.reason });
  if (error instanceof HTTPError) return mapHttpError(error.response, what, error);
  if (error instanceof KyTimeoutError) return new TimeoutError(`${what} timed out`, { cause: error });
  return new NetworkError(`${what} got no response`, { cause: error });
}
