import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createClient } from '../../createClient.js';
import type { LookupResult } from '../../model/LookupResult.js';
import { eventStream, pushCapabilities as push, update } from './eventStream.js';
import { endpoint, sampleResult, useTestServer } from './testServer.js';

const load = vi.hoisted(() => ({ fail: 0, calls: 0 }));
vi.mock('../loadStreamWatch.js', async (original) => {
  const actual = await original<typeof import('../loadStreamWatch.js')>();
  return {
    loadStreamWatch: () => {
      load.calls += 1;
      if (load.fail > 0) {
        load.fail -= 1;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      }
      return actual.loadStreamWatch();
    },
  };
});

const { server, requests } = useTestServer();

describe('createClient', () => {
  it('reports a watch whose code cannot load to its onError, and loads it again for the next watch', async () => {
    const stream = eventStream();
    server.use(
      http.get(`${endpoint}/capabilities`, () => HttpResponse.json(push)),
      http.get(`${endpoint}/stream/order/ord_1`, stream.response),
    );
    const client = createClient({ endpoint });
    load.fail = 1;
    const failed = { listener: vi.fn<(next: LookupResult) => void>(), onError: vi.fn() };
    const stopFailed = client.watch(sampleResult(), failed.listener, { onError: failed.onError });
    await vi.waitFor(() => expect(failed.onError).toHaveBeenCalledTimes(1));
    expect(failed.onError.mock.calls[0]![0]).toBeInstanceOf(TypeError);
    expect(requests.some((request) => request.url.includes('/stream/'))).toBe(false);

    const listener = vi.fn<(next: LookupResult) => void>();
    const stop = client.watch(sampleResult(), listener, { interval: 60_000 });
    await vi.waitFor(() => expect(requests.some((request) => request.url.includes('/stream/'))).toBe(true));
    stream.write(update('W1002', '"v2"'));
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    expect(load.calls).toBe(2);
    expect(failed.listener).not.toHaveBeenCalled();
    stopFailed();
    stop();
  });

  it('starts nothing for a watch stopped while its code loads', async () => {
    server.use(http.get(`${endpoint}/capabilities`, () => HttpResponse.json(push)));
    const stop = createClient({ endpoint }).watch(sampleResult(), vi.fn());
    stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests.some((request) => request.url.includes('/stream'))).toBe(false);
  });
});
