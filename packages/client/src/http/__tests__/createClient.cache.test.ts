import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../createClient.js';
import { endpoint, sampleResource, sampleResult, useTestServer } from './testServer.js';

const { server, requests } = useTestServer();

/** Serves the order with a version number that the test can bump, answering 304 when the ETag matches. */
function versionedOrder() {
  const state = { version: 1 };
  server.use(
    http.get(`${endpoint}/orders/ord_1`, ({ request }) => {
      const etag = `"v${state.version}"`;
      if (request.headers.get('if-none-match') === etag)
        return new HttpResponse(null, { status: 304, headers: { etag } });
      const resource = sampleResource();
      resource.order.number = `W100${state.version}`;
      return HttpResponse.json(resource, { headers: { etag, 'cache-control': 'private, no-cache' } });
    }),
  );
  return state;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => {
  vi.useRealTimers();
});

describe('createClient', () => {
  it('answers a repeated read from memory and revalidates it in the background', async () => {
    const state = versionedOrder();
    const client = createClient({ endpoint });
    expect((await client.get('order', 'ord_1')).kind).toBe('order');
    state.version = 2;
    const second = await client.get('order', 'ord_1');
    expect(second.kind === 'order' && second.order.number).toBe('W1001');
    await settle();
    const third = await client.get('order', 'ord_1');
    expect(third.kind === 'order' && third.order.number).toBe('W1002');
    expect(requests.length).toBeGreaterThanOrEqual(2);
  });

  it('sends If-None-Match and reuses the stored body on 304', async () => {
    versionedOrder();
    const client = createClient({ endpoint, cache: false });
    const first = await client.get('order', 'ord_1');
    const second = await client.get('order', 'ord_1');
    expect(second).toEqual(first);
    expect(requests.map((request) => request.headers.get('if-none-match'))).toEqual([null, '"v1"']);
  });

  it('waits for the server once the entry is older than the cache time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const state = versionedOrder();
    const client = createClient({ endpoint, cache: 1_000 });
    await client.get('order', 'ord_1');
    state.version = 2;
    vi.setSystemTime(Date.now() + 1_001);
    const later = await client.get('order', 'ord_1');
    expect(later.kind === 'order' && later.order.number).toBe('W1002');
  });

  it('asks the server on every read with cache: false', async () => {
    const state = versionedOrder();
    const client = createClient({ endpoint, cache: false });
    await client.get('order', 'ord_1');
    state.version = 2;
    const next = await client.get('order', 'ord_1');
    expect(next.kind === 'order' && next.order.number).toBe('W1002');
    expect(requests).toHaveLength(2);
  });

  it('refresh skips the memory answer', async () => {
    const state = versionedOrder();
    server.use(http.post(`${endpoint}/lookup`, () => HttpResponse.json(sampleResult())));
    const client = createClient({ endpoint });
    const result = await client.lookup({ token: 'tok_sample' });
    await client.get('order', 'ord_1');
    state.version = 2;
    const refreshed = await client.refresh(result);
    expect(refreshed.kind === 'order' && refreshed.order.number).toBe('W1002');
    expect(refreshed.access).toEqual(result.access);
  });
});
