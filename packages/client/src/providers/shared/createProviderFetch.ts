import { type HTTPError, TimeoutError as KyTimeoutError } from 'ky';
import { AbortError } from '../../errors/AbortError.js';
import { HttpError } from '../../errors/HttpError.js';
import { InvalidResponseError } from '../../errors/InvalidResponseError.js';
import { NetworkError } from '../../errors/NetworkError.js';
import { NotFoundError } from '../../errors/NotFoundError.js';
import { RateLimitError } from '../../errors/RateLimitError.js';
import { TimeoutError } from '../../errors/TimeoutError.js';
import { createKy, type TypedHttpError } from '../../http/createKy.js';
import { parseRetryAfter } from '../../protocol/parseRetryAfter.js';
import { getProviderErrorDetail } from './getProviderErrorDetail.js';

/** Options of `createProviderFetch`. */
export interface ProviderFetchOptions {
  /** Display name used in error messages (`AfterShip`). */
  provider: string;
  /** API root every path is resolved against (`https://api.easypost.com/v2`). */
  baseUrl: string;
  /** Headers sent with every call, usually the retailer's API key. */
  headers: Record<string, string>;
  /**
   * Milliseconds per attempt before the call fails with a `TimeoutError`.
   * @default 10_000
   */
  timeout?: number;
  /**
   * Retries of idempotent calls (GET, PUT, DELETE) on 408, 429 and 5xx, honouring `Retry-After`. POSTs are never retried.
   * @default 2
   */
  retry?: number;
  /** A `fetch` to use instead of the global one (tests, proxies, edge runtimes). */
  fetch?: typeof fetch;
}

/** One call's options. */
export interface ProviderRequestOptions {
  searchParams?: Record<string, string | undefined>;
  json?: unknown;
  signal?: AbortSignal | undefined;
}

/** A small JSON client for one provider's API; every failure is a typed Waypost error. */
export interface ProviderFetch {
  get(path: string, options?: ProviderRequestOptions): Promise<unknown>;
  post(path: string, options?: ProviderRequestOptions): Promise<unknown>;
}

// The provider's error response as a typed error, naming the provider and the call (`what`, from ky's context).
async function toTypedError(error: HTTPError, provider: string): Promise<Error> {
  const what = error.options.context.what as string;
  const { status } = error.response;
  const detail = await getProviderErrorDetail(error.response);
  const suffix = detail ? `: ${detail}` : '';
  if (status === 404) return new NotFoundError(`${provider} has no such tracking (${what})${suffix}`, { cause: error });
  if (status === 401 || status === 403) {
    const message = `${provider} refused the API key (${status}) for ${what}: check the key and its permissions in the source's options${suffix}`;
    return new HttpError(message, { status, cause: error });
  }
  if (status === 429) {
    const retryAfter = parseRetryAfter(error.response.headers.get('retry-after'));
    return new RateLimitError(`${provider} rate-limited ${what}${suffix}`, { retryAfter, cause: error });
  }
  return new HttpError(`${provider} answered ${status} to ${what}${suffix}`, { status, cause: error });
}

// A failure without an error response: no answer in time, an abort, or no connection.
function toFailure(error: unknown, provider: string, what: string): unknown {
  if ((error as Partial<TypedHttpError>).typed) return (error as TypedHttpError).typed;
  if (error instanceof KyTimeoutError)
    return new TimeoutError(`${provider} did not answer ${what} in time`, { cause: error });
  if (error instanceof Error && error.name === 'AbortError')
    return new AbortError(`${what} was aborted`, { cause: error });
  if (error instanceof TypeError)
    return new NetworkError(`${provider} could not be reached for ${what}`, { cause: error });
  return error;
}

/**
 * Creates the JSON client a provider source uses server-side: timeout, retries for idempotent calls only, and
 * typed errors (404 → `NotFoundError`; 401/403 → `HttpError` naming the key as the cause; 429 → `RateLimitError`
 * with `retryAfter`; no answer → `NetworkError`/`TimeoutError`; a body that is not JSON → `InvalidResponseError`).
 *
 * @example
 * const api = createProviderFetch({ provider: 'EasyPost', baseUrl: 'https://api.easypost.com/v2', headers: { authorization } });
 * const body = await api.get('trackers', { searchParams: { tracking_code: 'EZ1000000001' } });
 */
export function createProviderFetch(options: ProviderFetchOptions): ProviderFetch {
  const client = createKy(
    {
      prefixUrl: options.baseUrl,
      headers: { accept: 'application/json', ...options.headers },
      timeout: options.timeout ?? 10_000,
      retry: {
        limit: options.retry ?? 2,
        methods: ['get', 'put', 'head', 'delete', 'options'],
        maxRetryAfter: 30_000,
      },
      ...(options.fetch ? { fetch: options.fetch } : {}),
    },
    (error) => toTypedError(error, options.provider),
  );

  async function request(method: 'get' | 'post', path: string, init: ProviderRequestOptions = {}): Promise<unknown> {
    const input = path.replace(/^\/+/, '');
    const what = `${method.toUpperCase()} ${input.split('?')[0]}`;
    const searchParams: Record<string, string> = {};
    for (const [key, value] of Object.entries(init.searchParams ?? {}))
      if (value !== undefined) searchParams[key] = value;
    let text: string;
    try {
      const response = await client(input, {
        method,
        searchParams,
        ...(init.json === undefined ? {} : { json: init.json }),
        ...(init.signal ? { signal: init.signal } : {}),
        context: { what },
      });
      text = await response.text();
    } catch (error) {
      throw toFailure(error, options.provider, what);
    }
    if (text.trim() === '') return null;
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new InvalidResponseError(`${options.provider} sent a body that is not JSON for ${what}`, {
        path: '',
        cause: error,
      });
    }
  }

  return {
    get: (path, init) => request('get', path, init),
    post: (path, init) => request('post', path, init),
  };
}
