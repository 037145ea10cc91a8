import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../createClient.js';
import { isAbortError } from '../../errors/AbortError.js';
import { isHttpError } from '../../errors/HttpError.js';
import { isInvalidRequestError } from '../../errors/InvalidRequestError.js';
import { isInvalidResponseError } from '../../errors/InvalidResponseError.js';
import { isNetworkError } from '../../errors/NetworkError.js';
import { isNotFoundError } from '../../errors/NotFoundError.js';
import { isRateLimitError } from '../../errors/RateLimitError.js';
import { isTimeoutError } from '../../errors/TimeoutError.js';
import { isUnsupportedError } from '../../errors/UnsupportedError.js';
import { isVerificationError } from '../../errors/VerificationError.js';
import { endpoint, rejection, sampleResult, useTestServer } from './testServer.js';

const { server, requests } = useTestServer();
const query = { orderNumber: 'W1001', email: 'shopper@example.com' };

function problem(
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return HttpResponse.json(
    { type: 'about:blank', title: code, status, detail: `detail ${code}`, code, ...extra },
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
}

function answer(response: () => Response | Promise<Response>) {
  server.use(http.post(`${endpoint}/lookup`, response));
  return rejection(createClient({ endpoint, retry: { backoffLimit: 1 } }).lookup(query));
}

describe('createClient', () => {
  it('maps 400 to an InvalidRequestError with the field errors', async () => {
    const error = await answer(() =>
      problem(400, 'invalid_request', { errors: [{ field: 'email', message: 'required' }, { field: 1 }] }),
    );
    expect(isInvalidRequestError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'invalid_request', fields: [{ field: 'email', message: 'required' }] });
  });

  it('maps 413 and 415 to InvalidRequestError', async () => {
    expect(isInvalidRequestError(await answer(() => problem(413, 'payload_too_large')))).toBe(true);
    expect(isInvalidRequestError(await answer(() => problem(415, 'unsupported_media_type')))).toBe(true);
  });

  it('maps 401 and 403 to VerificationError', async () => {
    expect(isVerificationError(await answer(() => problem(401, 'verification_failed')))).toBe(true);
    expect(isVerificationError(await answer(() => new HttpResponse(null, { status: 403 })))).toBe(true);
  });

  it('maps 404 to NotFoundError and keeps the detail in the message', async () => {
    const error = await answer(() => problem(404, 'not_found'));
    expect(isNotFoundError(error)).toBe(true);
    expect((error as Error).message).toBe('POST /lookup failed with 404: detail not_found');
  });

  it('maps 429 to a RateLimitError with Retry-After seconds, without retrying the POST', async () => {
    const error = await answer(() => problem(429, 'rate_limited', { retryAfter: 99 }, { 'retry-after': '30' }));
    expect(isRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ retryAfter: 30 });
    expect(requests).toHaveLength(1);
  });

  it('reads retryAfter from the problem when the header is missing', async () => {
    expect(await answer(() => problem(429, 'rate_limited', { retryAfter: 12 }))).toMatchObject({ retryAfter: 12 });
  });

  it('maps 501 to UnsupportedError', async () => {
    expect(isUnsupportedError(await answer(() => problem(501, 'unsupported')))).toBe(true);
  });

  it('maps 500 to an HttpError with the status and problem, and does not retry a POST', async () => {
    const error = await answer(() => problem(500, 'internal_error'));
    expect(isHttpError(error)).toBe(true);
    expect(error).toMatchObject({ status: 500, problem: { code: 'internal_error', status: 500 } });
    expect(requests).toHaveLength(1);
  });

  it('reads a non-JSON error body defensively', async () => {
    const error = await answer(() => new HttpResponse('<html>Bad gateway</html>', { status: 502 }));
    expect(error).toMatchObject({ name: 'HttpError', status: 502, problem: undefined });
  });

  it('turns truncated JSON into an InvalidResponseError', async () => {
    const body = JSON.stringify(sampleResult()).slice(0, 80);
    const error = await answer(() => new HttpResponse(body, { headers: { 'content-type': 'application/json' } }));
    expect(isInvalidResponseError(error)).toBe(true);
    expect(error).toMatchObject({ path: '' });
  });

  it('turns a schema violation into an InvalidResponseError naming the field', async () => {
    const body = sampleResult() as unknown as { order: { status: { milestone: string } } };
    body.order.status.milestone = 'teleported';
    const error = await answer(() => HttpResponse.json(body));
    expect(isInvalidResponseError(error)).toBe(true);
    expect(error).toMatchObject({ path: 'order.status.milestone' });
  });

  it('fails with a TimeoutError when an attempt takes too long', async () => {
    server.use(
      http.post(`${endpoint}/lookup`, async () => {
        await delay(500);
        return HttpResponse.json(sampleResult());
      }),
    );
    const error = await rejection(createClient({ endpoint, timeout: 30 }).lookup(query));
    expect(isTimeoutError(error)).toBe(true);
  });

  it('fails with an AbortError when the caller aborts mid-flight', async () => {
    server.use(
      http.post(`${endpoint}/lookup`, async () => {
        await delay(500);
        return HttpResponse.json(sampleResult());
      }),
    );
    const controller = new AbortController();
    const pending = createClient({ endpoint }).lookup(query, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(isAbortError(await rejection(pending))).toBe(true);
  });

  it('fails with a NetworkError when no response comes back', async () => {
    server.use(http.post(`${endpoint}/lookup`, () => HttpResponse.error()));
    expect(isNetworkError(await rejection(createClient({ endpoint }).lookup(query)))).toBe(true);
  });
});
