import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createClient } from '../../createClient.js';
import type { LookupResult } from '../../model/LookupResult.js';
import { eventStream, pushCapabilities as push, update } from './eventStream.js';
import { endpoint, sampleResource, sampleResult, useTestServer } from './testServer.js';

const { server, requests } = useTestServer();

describe('createClient', () => {
  it('reads updates from the SSE stream with the bearer token, firing only on a real change', async () => {
    const stream = eventStream();
    server.use(
      http.get(`${endpoint}/capabilities`, () => HttpResponse.json(push)),
      http.get(`${endpoint}/stream/order/ord_1`, stream.response),
    );
    const listener = vi.fn<(next: LookupResult) => void>();
    const stop = createClient({ endpoint }).watch(sampleResult(), listener, { interval: 60_000 });
    await vi.waitFor(() => expect(requests.some((request) => request.url.includes('/stream/'))).toBe(true));
    const request = requests.find((entry) => entry.url.includes('/stream/'))!;
    expect(request.headers.get('authorization')).toBe('Bearer tok_sample');
    expect(request.headers.get('accept')).toBe('text/event-stream');
    stream.write(': ping\n\n');
    stream.write(update('W1001', '"v1"'));
    const changed = update('W1002', '"v2"');
    stream.write(changed.slice(0, 40));
    stream.write(changed.slice(40));
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    const next = listener.mock.calls[0]![0];
    expect(next.kind === 'order' && next.order.number).toBe('W1002');
    expect(next.access).toEqual(sampleResult().access);
    stop();
  });

  it('calls its `fetch` option as a plain function for requests and streams, as a browser’s own `fetch` requires', async () => {
    const stream = eventStream();
    server.use(
      http.get(`${endpoint}/capabilities`, () => HttpResponse.json(push)),
      http.get(`${endpoint}/stream/order/ord_1`, stream.response),
    );
    // Like `window.fetch`, which throws "Illegal invocation" when called as another object's method.
    const strictFetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
      return fetch(...args);
    };
    const listener = vi.fn<(next: LookupResult) => void>();
    const stop = createClient({ endpoint, fetch: strictFetch }).watch(sampleResult(), listener, { interval: 60_000 });
    await vi.waitFor(() => expect(requests.some((request) => request.url.includes('/stream/'))).toBe(true));
    stream.write(update('W1002', '"v2"'));
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    stop();
  });

  it('reports an invalid update and keeps reading', async () => {
    const stream = eventStream();
    server.use(
      http.get(`${endpoint}/capabilities`, () => HttpResponse.json(push)),
      http.get(`${endpoint}/stream/order/ord_1`, stream.response),
    );
    const listener = vi.fn();
    const onError = vi.fn();
    const stop = createClient({ endpoint }).watch(sampleResult(), listener, { onError });
    await vi.waitFor(() => expect(requests.some((request) => request.url.includes('/stream/'))).toBe(true));
    stream.write('event: update\ndata: {"kind":\n\n');
    stream.write(update('W1003', '"v3"'));
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]![0]).toMatchObject({ name: 'InvalidResponseError' });
    stop();
  });

  it('falls back to polling, quietly, when the stream answers 501', async () => {
    server.use(
      http.get(`${endpoint}/capabilities`, () => HttpResponse.json(push)),
      http.get(`${endpoint}/stream/order/ord_1`, () =>
        HttpResponse.json({ code: 'unsupported', status: 501 }, { status: 501 }),
      ),
      http.get(`${endpoint}/orders/ord_1`, () => HttpResponse.json(sampleResource())),
    );
    const onError = vi.fn();
    const stop = createClient({ endpoint }).watch(sampleResult(), () => {}, { interval: 10, onError });
    await vi.waitFor(() => expect(requests.some((request) => request.url.endsWith('/orders/ord_1'))).toBe(true));
    expect(onError).not.toHaveBeenCalled();
    stop();
  });

  it('closes the stream on stop', async () => {
    const stream = eventStream();
    server.use(
      http.get(`${endpoint}/capabilities`, () => HttpResponse.json(push)),
      http.get(`${endpoint}/stream/order/ord_1`, stream.response),
    );
    const signals: AbortSignal[] = [];
    const client = createClient({
      endpoint,
      fetch: (input, init) => {
        if (init?.signal && String(input).includes('/stream/')) signals.push(init.signal);
        return fetch(input, init);
      },
    });
    const listener = vi.fn();
    const stop = client.watch(sampleResult(), listener);
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    stop();
    expect(signals[0]!.aborted).toBe(true);
    expect(() => stream.write(update('W1004', '"v4"'))).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(listener).not.toHaveBeenCalled();
  });
});
