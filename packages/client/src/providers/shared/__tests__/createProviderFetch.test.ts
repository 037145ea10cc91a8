import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isHttpError } from '../../../errors/HttpError.js';
import { isInvalidResponseError } from '../../../errors/InvalidResponseError.js';
import { isNotFoundError } from '../../../errors/NotFoundError.js';
import { isRateLimitError } from '../../../errors/RateLimitError.js';
import { isTimeoutError } from '../../../errors/TimeoutError.js';
import { createProviderFetch } from '../createProviderFetch.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const base = 'https://provider.test/v1';
const api = createProviderFetch({
  provider: 'Acme',
  baseUrl: base,
  headers: { authorization: 'Bearer k' },
  retry: 2,
  timeout: 2_000,
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('createProviderFetch', () => {
  it('sends the headers and search params and parses JSON', async () => {
    server.use(
      http.get(`${base}/trackers`, ({ request }) => {
        const url = new URL(request.url);
        return HttpResponse.json({
          auth: request.headers.get('authorization'),
          code: url.searchParams.get('code'),
          skipped: url.searchParams.has('none'),
        });
      }),
    );
    expect(await api.get('/trackers', { searchParams: { code: 'EZ1', none: undefined } })).toEqual({
      auth: 'Bearer k',
      code: 'EZ1',
      skipped: false,
    });
  });

  it('retries an idempotent call after a 503 with Retry-After', async () => {
    let calls = 0;
    server.use(
      http.get(`${base}/flaky`, () => {
        calls += 1;
        return calls === 1
          ? new HttpResponse(null, { status: 503, headers: { 'retry-after': '0' } })
          : HttpResponse.json({ ok: true });
      }),
    );
    expect(await api.get('flaky')).toEqual({ ok: true });
    expect(calls).toBe(2);
  });

  it('never retries a POST', async () => {
    let calls = 0;
    server.use(
      http.post(`${base}/create`, () => {
        calls += 1;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    const error = await failure(api.post('create', { json: { a: 1 } }));
    expect(isHttpError(error) && error.status).toBe(503);
    expect(calls).toBe(1);
  });

  it('maps a 404 to NotFoundError with the provider detail', async () => {
    server.use(
      http.get(`${base}/missing`, () =>
        HttpResponse.json({ errors: [{ message: 'Tracker not found.' }] }, { status: 404 }),
      ),
    );
    const error = await failure(api.get('missing'));
    expect(isNotFoundError(error)).toBe(true);
    expect((error as Error).message).toContain('Tracker not found.');
  });

  it('maps 401 and 403 to an HttpError that names the API key', async () => {
    server.use(
      http.get(`${base}/secret`, () => HttpResponse.json({ meta: { message: 'Invalid API key.' } }, { status: 401 })),
    );
    const error = await failure(api.get('secret'));
    expect(isHttpError(error) && error.status).toBe(401);
    expect((error as Error).message).toMatch(/refused the API key/);
  });

  it('maps a lasting 429 to RateLimitError with retryAfter', async () => {
    const once = createProviderFetch({ provider: 'Acme', baseUrl: base, headers: {}, retry: 0 });
    server.use(
      http.get(`${base}/busy`, () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '7' } })),
    );
    const error = await failure(once.get('busy'));
    expect(isRateLimitError(error) && error.retryAfter).toBe(7);
  });

  it('maps a body that is not JSON to InvalidResponseError', async () => {
    server.use(http.get(`${base}/html`, () => new HttpResponse('<html>', { status: 200 })));
    expect(isInvalidResponseError(await failure(api.get('html')))).toBe(true);
  });

  it('maps a slow answer to TimeoutError', async () => {
    const quick = createProviderFetch({ provider: 'Acme', baseUrl: base, headers: {}, timeout: 50, retry: 0 });
    server.use(
      http.get(`${base}/slow`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return HttpResponse.json({});
      }),
    );
    expect(isTimeoutError(await failure(quick.get('slow')))).toBe(true);
  });
});
