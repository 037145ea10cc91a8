import { HttpResponse, http } from 'msw';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../createClient.js';
import type { LookupResult } from '../../model/LookupResult.js';
import { loadStreamWatch } from '../loadStreamWatch.js';
import { fakeEnvironment } from './fakeEnvironment.js';
import { endpoint, sampleResource, sampleResult, useTestServer } from './testServer.js';

const { server, requests } = useTestServer();
const noPush = {
  protocol: 1,
  lookup: { email: true, postalCode: true, trackingNumber: true },
  push: false,
  alerts: null,
  issues: false,
  returns: null,
};

function versionedOrder() {
  const state = { version: 1, fail: false };
  server.use(
    http.get(`${endpoint}/capabilities`, () => HttpResponse.json(noPush)),
    http.get(`${endpoint}/orders/ord_1`, ({ request }) => {
      if (state.fail) return new HttpResponse(null, { status: 404 });
      const etag = `"v${state.version}"`;
      if (request.headers.get('if-none-match') === etag)
        return new HttpResponse(null, { status: 304, headers: { etag } });
      const resource = sampleResource();
      resource.order.number = `W100${state.version}`;
      return HttpResponse.json(resource, { headers: { etag } });
    }),
  );
  return state;
}

const polls = () => requests.filter((request) => request.url.endsWith('/orders/ord_1'));

/** Advances fake time and lets the in-process network answer. */
async function advance(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

// The watch's code loads on demand: load it once with real timers, so that fake time starts with it in.
beforeAll(() => loadStreamWatch());
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createClient', () => {
  it('polls conditionally and backs off ×2 while nothing changes', async () => {
    versionedOrder();
    const listener = vi.fn();
    const stop = createClient({ endpoint }).watch(sampleResult(), listener, { interval: 1_000, maxInterval: 3_000 });
    await advance(999);
    expect(polls()).toHaveLength(0);
    await advance(1);
    expect(polls()).toHaveLength(1);
    await advance(2_000);
    expect(polls()).toHaveLength(2);
    expect(polls()[1]!.headers.get('if-none-match')).toBe('"v1"');
    await advance(3_000);
    expect(polls()).toHaveLength(3);
    await advance(3_000);
    expect(polls()).toHaveLength(4);
    expect(listener).not.toHaveBeenCalled();
    stop();
  });

  it('calls the listener once per real change, keeps the access and resets the interval', async () => {
    const state = versionedOrder();
    const listener = vi.fn<(next: LookupResult) => void>();
    const stop = createClient({ endpoint }).watch(sampleResult(), listener, { interval: 1_000 });
    await advance(1_000);
    await advance(2_000);
    state.version = 2;
    await advance(4_000);
    expect(listener).toHaveBeenCalledTimes(1);
    const next = listener.mock.calls[0]![0];
    expect(next.kind === 'order' && next.order.number).toBe('W1002');
    expect(next.access).toEqual(sampleResult().access);
    const before = polls().length;
    await advance(1_000);
    expect(polls()).toHaveLength(before + 1);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('pauses while the page is hidden and polls at once when it shows again', async () => {
    const state = versionedOrder();
    const { environment, setVisible } = fakeEnvironment();
    const listener = vi.fn();
    const stop = createClient({ endpoint, environment }).watch(sampleResult(), listener, { interval: 1_000 });
    setVisible(false);
    await advance(10_000);
    expect(polls()).toHaveLength(0);
    state.version = 2;
    setVisible(true);
    await advance(0);
    expect(polls()).toHaveLength(1);
    expect(listener).toHaveBeenCalledTimes(1);
    await advance(1_000);
    expect(polls()).toHaveLength(2);
    stop();
  });

  it('skips polls while offline', async () => {
    versionedOrder();
    const { environment, state } = fakeEnvironment();
    state.online = false;
    const stop = createClient({ endpoint, environment }).watch(sampleResult(), () => {}, { interval: 1_000 });
    await advance(5_000);
    expect(polls()).toHaveLength(0);
    state.online = true;
    await advance(1_000);
    expect(polls()).toHaveLength(1);
    stop();
  });

  it('reports failed polls to onError and keeps polling', async () => {
    const state = versionedOrder();
    state.fail = true;
    const onError = vi.fn();
    const stop = createClient({ endpoint }).watch(sampleResult(), () => {}, { interval: 1_000, onError });
    await advance(1_000);
    await advance(2_000);
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls[0]![0]).toMatchObject({ name: 'NotFoundError' });
    stop();
  });

  it('stops timers and the in-flight request, and stopping twice is harmless', async () => {
    let open = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    server.use(
      http.get(`${endpoint}/capabilities`, () => HttpResponse.json(noPush)),
      http.get(`${endpoint}/orders/ord_1`, async () => {
        await gate;
        const resource = sampleResource();
        resource.order.number = 'W1009';
        return HttpResponse.json(resource);
      }),
    );
    const signals: AbortSignal[] = [];
    const { environment, listeners } = fakeEnvironment();
    const client = createClient({
      endpoint,
      environment,
      fetch: (input, init) => {
        if (input instanceof Request && input.url.endsWith('/orders/ord_1')) signals.push(input.signal);
        return fetch(input, init);
      },
    });
    const listener = vi.fn();
    const stop = client.watch(sampleResult(), listener, { interval: 1_000 });
    await advance(0);
    expect(listeners.size).toBe(1);
    await advance(1_000);
    expect(signals).toHaveLength(1);
    stop();
    stop();
    open();
    await advance(60_000);
    expect(signals[0]!.aborted).toBe(true);
    expect(listeners.size).toBe(0);
    expect(signals).toHaveLength(1);
    expect(listener).not.toHaveBeenCalled();
  });
});
