import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../createClient.js';
import { isHttpError } from '../../errors/HttpError.js';
import { isRateLimitError } from '../../errors/RateLimitError.js';
import { isTimeoutError } from '../../errors/TimeoutError.js';
import { endpoint, rejection, sampleResource, sampleResult, useTestServer } from './testServer.js';

const { server, requests } = useTestServer();

function failFirst(times: number, failure: () => Response) {
  let calls = 0;
  server.use(
    http.get(`${endpoint}/orders/ord_1`, () => {
      calls += 1;
      return calls <= times ? failure() : HttpResponse.json(sampleResource(), { headers: { etag: '"v1"' } });
    }),
  );
}

describe('createClient', () => {
  it('retries a GET after a 500 and returns the later success', async () => {
    failFirst(1, () => new HttpResponse(null, { status: 500 }));
    const client = createClient({ endpoint, retry: { backoffLimit: 5 } });
    expect(await client.get('order', 'ord_1')).toEqual(sampleResource());
    expect(requests).toHaveLength(2);
  });

  it('retries on 408, 502, 503 and 504 and on network failure', async () => {
    for (const status of [408, 502, 503, 504]) {
      failFirst(1, () => new HttpResponse(null, { status }));
      await createClient({ endpoint, retry: { backoffLimit: 5 } }).get('order', 'ord_1');
    }
    failFirst(1, () => HttpResponse.error());
    await createClient({ endpoint, retry: { backoffLimit: 5 } }).get('order', 'ord_1');
    expect(requests).toHaveLength(10);
  });

  it('gives up after the retry limit with the last error', async () => {
    failFirst(9, () => new HttpResponse(null, { status: 503 }));
    const error = await rejection(
      createClient({ endpoint, retry: { limit: 2, backoffLimit: 5 } }).get('order', 'ord_1'),
    );
    expect(isHttpError(error)).toBe(true);
    expect(requests).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    failFirst(9, () => new HttpResponse(null, { status: 404 }));
    await rejection(createClient({ endpoint, retry: { backoffLimit: 5 } }).get('order', 'ord_1'));
    expect(requests).toHaveLength(1);
  });

  it('never retries the lookup POST', async () => {
    server.use(http.post(`${endpoint}/lookup`, () => new HttpResponse(null, { status: 503 })));
    await rejection(createClient({ endpoint, retry: { backoffLimit: 5 } }).lookup({ token: 'tok' }));
    expect(requests).toHaveLength(1);
  });

  it('waits for Retry-After (seconds) before retrying a GET', async () => {
    failFirst(1, () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '1' } }));
    const started = Date.now();
    await createClient({ endpoint }).get('order', 'ord_1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(requests).toHaveLength(2);
  });

  it('accepts Retry-After as an HTTP date', async () => {
    const when = new Date(Date.now() + 1_000).toUTCString();
    failFirst(1, () => new HttpResponse(null, { status: 503, headers: { 'retry-after': when } }));
    await createClient({ endpoint }).get('order', 'ord_1');
    expect(requests).toHaveLength(2);
  });

  it('fails at once with the RateLimitError when Retry-After exceeds maxRetryAfter', async () => {
    failFirst(1, () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '120' } }));
    const started = Date.now();
    const error = await rejection(createClient({ endpoint, retry: { maxRetryAfter: 5_000 } }).get('order', 'ord_1'));
    expect(isRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ retryAfter: 120 });
    expect(Date.now() - started).toBeLessThan(500);
    expect(requests).toHaveLength(1);
  });

  it('does not retry when the limit is 0', async () => {
    failFirst(1, () => new HttpResponse(null, { status: 500 }));
    await rejection(createClient({ endpoint, retry: 0 }).get('order', 'ord_1'));
    expect(requests).toHaveLength(1);
    expect(sampleResult().kind).toBe('order');
  });
  it('retries a GET whose attempt timed out, but not a lookup', async () => {
    let calls = 0;
    server.use(
      http.get(`${endpoint}/orders/ord_1`, async () => {
        calls += 1;
        if (calls === 1) await delay(300);
        return HttpResponse.json(sampleResource());
      }),
      http.post(`${endpoint}/lookup`, async () => {
        await delay(300);
        return HttpResponse.json(sampleResult());
      }),
    );
    const client = createClient({ endpoint, timeout: 50, retry: { backoffLimit: 5 } });
    expect(await client.get('order', 'ord_1')).toEqual(sampleResource());
    expect(calls).toBe(2);
    expect(isTimeoutError(await rejection(client.lookup({ token: 'tok' })))).toBe(true);
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(1);
  });
});
