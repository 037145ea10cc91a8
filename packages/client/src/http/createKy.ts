import ky, { type HTTPError, type KyInstance, type Options, type RetryOptions } from 'ky';

/** An `HTTPError` from a `createKy` instance, with the typed error its response maps to. */
export type TypedHttpError = HTTPError & { typed: Error };

/**
 * Maps an error response to the typed error the caller throws (its `what` can travel in ky's `context`). It runs
 * in ky's `beforeError` hook after each failed attempt; ky keeps deciding retries on its own `HTTPError`, so the
 * typed error rides on it as `typed` until the last attempt's error reaches the caller.
 */
export type KyErrorMapper = (error: HTTPError) => Promise<Error>;

/**
 * Creates the ky instance every Waypost HTTP call goes through, the browser client's and the provider sources':
 * up to 2 retries on 408, 429 and 5xx for the methods the caller allows (`Retry-After` honoured on 429 and 503,
 * backoff capped at 5 s; `options.retry` is merged over these), and a `beforeError` hook mapping each error
 * response to a typed error with `toError`.
 *
 * @example
 * const api = createKy({ retry: { methods: ['get'] } }, (error) => mapHttpError(error.response, 'GET /x', error))
 * try { await api('https://shop.example/x') } catch (error) { throw (error as TypedHttpError).typed ?? error }
 */
export function createKy(
  options: Omit<Options, 'retry'> & { retry?: RetryOptions },
  toError: KyErrorMapper,
): KyInstance {
  return ky.create({
    ...options,
    retry: {
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      backoffLimit: 5_000,
      ...options.retry,
    },
    hooks: {
      beforeError: [
        async (error) => {
          (error as TypedHttpError).typed = await toError(error);
          return error;
        },
      ],
    },
  });
}
