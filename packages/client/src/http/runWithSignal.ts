import { AbortError } from '../errors/AbortError.js';
import { HttpError } from '../errors/HttpError.js';
import { TimeoutError } from '../errors/TimeoutError.js';
import { isWaypostError } from '../errors/WaypostError.js';
import { assertClientOptions } from './assertClientOptions.js';
import type { RequestOptions } from './WaypostClient.js';

/**
 * Runs an in-process source call with the same promises as an HTTP request: the caller's signal rejects it with
 * an `AbortError`, the timeout with a `TimeoutError`, and anything a source throws that is not a Waypost error
 * becomes an `HttpError` 500 (what the handler would have answered). A timeout out of range rejects it with the
 * `TypeError` of `assertClientOptions`.
 *
 * @example await runWithSignal('lookup', (signal) => source.get('order', id, { signal }), options, 10_000)
 */
export function runWithSignal<T>(
  what: string,
  run: (signal: AbortSignal) => Promise<T>,
  options: RequestOptions = {},
  timeout = 10_000,
): Promise<T> {
  const { signal } = options;
  const ms = options.timeout ?? timeout;
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    assertClientOptions({ timeout: ms }, what);
    const fail = (error: unknown) => {
      controller.abort(error);
      reject(error);
    };
    const onAbort = () => fail(new AbortError(`${what} was aborted`, { cause: signal?.reason }));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => fail(new TimeoutError(`${what} timed out after ${ms} ms`)), ms);
    Promise.resolve()
      .then(() => run(controller.signal))
      .then(resolve, (error: unknown) =>
        reject(
          isWaypostError(error) ? error : new HttpError(`${what} failed in the source`, { status: 500, cause: error }),
        ),
      )
      .finally(() => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      });
  });
}
