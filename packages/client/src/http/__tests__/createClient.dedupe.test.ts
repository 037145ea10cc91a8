import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../createClient.js';
import { isAbortError } from '../../errors/AbortError.js';
import { endpoint, rejection, sampleResource, useTestServer } from './testServer.js';

const { server, requests } = useTestServer();

function slowOrder() {
  server.use(
    http.get(`${endpoint}/orders/ord_1`, async () => {
      await delay(60);
      return HttpResponse.json(sampleResource(), { headers: { etag: '"v1"' } });
    }),
  );
}

describe('createClient', () => {
  it('sends one request for concurrent identical reads and gives every caller the result', async () => {
    slowOrder();
    const client = createClient({ endpoint });
    const results = await Promise.all([1, 2, 3].map(() => client.get('order', 'ord_1')));
    expect(results).toEqual([sampleResource(), sampleResource(), sampleResource()]);
    expect(requests).toHaveLength(1);
  });

  it('keeps the shared request going when one caller aborts', async () => {
    slowOrder();
    const client = createClient({ endpoint });
    const controller = new AbortController();
    const aborted = client.get('order', 'ord_1', { signal: controller.signal });
    const kept = client.get('order', 'ord_1');
    setTimeout(() => controller.abort(), 10);
    expect(isAbortError(await rejection(aborted))).toBe(true);
    expect(await kept).toEqual(sampleResource());
    expect(requests).toHaveLength(1);
  });

  it('starts a new request after every caller aborted', async () => {
    slowOrder();
    const client = createClient({ endpoint });
    const controller = new AbortController();
    const aborted = client.get('order', 'ord_1', { signal: controller.signal });
    controller.abort();
    expect(isAbortError(await rejection(aborted))).toBe(true);
    expect(await client.get('order', 'ord_1')).toEqual(sampleResource());
  });

  it('does not share reads made with different tokens', async () => {
    slowOrder();
    server.use(http.post(`${endpoint}/lookup`, () => HttpResponse.json({ ...sampleResource(), access })));
    const access = { token: 'tok_b', expiresAt: '2030-01-01T00:00:00.000Z' };
    const first = createClient({ endpoint });
    const pending = first.get('order', 'ord_1');
    const second = createClient({ endpoint });
    await second.lookup({ token: 'tok_b' });
    await Promise.all([pending, second.get('order', 'ord_1')]);
    expect(requests.filter((request) => request.method === 'GET')).toHaveLength(2);
  });
});
