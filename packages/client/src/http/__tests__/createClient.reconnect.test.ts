import { HttpResponse, http } from 'msw';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../createClient.js';
import { loadStreamWatch } from '../loadStreamWatch.js';
import { eventStream, pushCapabilities, update } from './eventStream.js';
import { fakeEnvironment } from './fakeEnvironment.js';
import { endpoint, sampleResult, useTestServer } from './testServer.js';

const { server, requests } = useTestServer();
const streams = () => requests.filter((request) => request.url.includes('/stream/'));

/** Advances fake time and lets the in-process network answer. */
async function advance(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

function setup() {
  const stream = eventStream();
  server.use(
    http.get(`${endpoint}/capabilities`, () => HttpResponse.json(pushCapabilities)),
    http.get(`${endpoint}/stream/order/ord_1`, stream.response),
  );
  return stream;
}

// The watch's code loads on demand: load it once with real timers, so that fake time starts with it in.
beforeAll(() => loadStreamWatch());
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.spyOn(Math, 'random').mockReturnValue(0.999);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('createClient', () => {
  it('reopens a dropped stream after 1 s, then 2 s, then 4 s, and marks the view stale until fresh data', async () => {
    const stream = setup();
    const onStale = vi.fn();
    const onError = vi.fn();
    const stop = createClient({ endpoint }).watch(sampleResult(), () => {}, { onStale, onError });
    await advance(0);
    expect(streams()).toHaveLength(1);
    stream.fail();
    await advance(0);
    expect(onStale.mock.calls).toEqual([[true]]);
    expect(onError.mock.calls[0]![0]).toMatchObject({ name: 'NetworkError' });
    await advance(990);
    expect(streams()).toHaveLength(1);
    await advance(10);
    expect(streams()).toHaveLength(2);
    stream.close();
    await advance(1_990);
    expect(streams()).toHaveLength(2);
    await advance(10);
    expect(streams()).toHaveLength(3);
    stream.fail();
    await advance(3_990);
    expect(streams()).toHaveLength(3);
    await advance(10);
    expect(streams()).toHaveLength(4);
    expect(onStale.mock.calls).toEqual([[true]]);
    stream.write(update('W1001', '"v1"'));
    await advance(0);
    expect(onStale.mock.calls).toEqual([[true], [false]]);
    stop();
  });

  it('starts the backoff over once a reopened stream delivered', async () => {
    const stream = setup();
    const stop = createClient({ endpoint }).watch(sampleResult(), () => {});
    await advance(0);
    stream.fail();
    await advance(1_000);
    expect(streams()).toHaveLength(2);
    stream.write(update('W1001', '"v1"'));
    stream.fail();
    await advance(1_000);
    expect(streams()).toHaveLength(3);
    stop();
  });

  it('waits for the online event while offline, then reopens at once', async () => {
    const stream = setup();
    const { environment, state } = fakeEnvironment();
    const online = new Set<() => void>();
    environment.onOnline = (listener) => {
      online.add(listener);
      return () => online.delete(listener);
    };
    const stop = createClient({ endpoint, environment }).watch(sampleResult(), () => {});
    await advance(0);
    state.online = false;
    stream.fail();
    await advance(10_000);
    expect(streams()).toHaveLength(1);
    state.online = true;
    for (const listener of online) listener();
    await advance(0);
    expect(streams()).toHaveLength(2);
    stop();
    expect(online.size).toBe(0);
  });

  it('stops reconnecting once stopped', async () => {
    const stream = setup();
    const stop = createClient({ endpoint }).watch(sampleResult(), () => {});
    await advance(0);
    stream.fail();
    await advance(0);
    stop();
    await advance(60_000);
    expect(streams()).toHaveLength(1);
  });

  it('ends the watch on a refused token instead of retrying it: the caller looks the record up again', async () => {
    const stream = setup();
    const onStale = vi.fn();
    const onError = vi.fn();
    const stop = createClient({ endpoint }).watch(sampleResult(), () => {}, { onStale, onError });
    await advance(0);
    // The server ends the stream when the token expires; the reopened one is refused.
    server.use(
      http.get(`${endpoint}/stream/order/ord_1`, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'verification_failed' },
          { status: 401, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    stream.close();
    await advance(1_000);
    expect(streams()).toHaveLength(2);
    expect(onError.mock.calls.at(-1)![0]).toMatchObject({ name: 'VerificationError' });
    expect(onStale.mock.calls).toEqual([[true]]);
    await advance(120_000);
    expect(streams()).toHaveLength(2);
    stop();
  });

  it('stops polling on a refused token, marking the view stale before it reports why (the error has the last word)', async () => {
    server.use(
      http.get(`${endpoint}/capabilities`, () => HttpResponse.json({ ...pushCapabilities, push: false })),
      http.get(`${endpoint}/orders/ord_1`, () =>
        HttpResponse.json({ status: 401, code: 'verification_failed' }, { status: 401 }),
      ),
    );
    const heard: string[] = [];
    const onError = vi.fn((error: unknown) => {
      heard.push((error as Error).name);
    });
    const onStale = (stale: boolean) => heard.push(`stale ${stale}`);
    const stop = createClient({ endpoint }).watch(sampleResult(), () => {}, { interval: 1_000, onError, onStale });
    await advance(1_000);
    await advance(60_000);
    const polls = requests.filter((request) => request.url.endsWith('/orders/ord_1'));
    expect(polls).toHaveLength(1);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(heard).toEqual(['stale true', 'VerificationError']);
    stop();
  });
});
