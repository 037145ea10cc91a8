import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createClient } from '../../createClient.js';
import type { LookupResult } from '../../model/LookupResult.js';
import { eventStream, pushCapabilities } from './eventStream.js';
import { endpoint, sampleResult, useTestServer } from './testServer.js';

const { server, requests } = useTestServer();

/** The sample order as the lookup result of order `id`, opened by `tok_{id}`. */
function orderResult(id: string, number = `N-${id}`): LookupResult & { kind: 'order' } {
  const result = sampleResult();
  return { ...result, order: { ...result.order, id, number }, access: { ...result.access, token: `tok_${id}` } };
}

/** An `update` event of order `id` showing `number`. */
function update(id: string, number: string) {
  const { access: _access, ...resource } = orderResult(id, number);
  return `event: update\ndata: ${JSON.stringify(resource)}\n\n`;
}

const end = (id: string, status = 401, code = 'verification_failed') =>
  `event: end\ndata: ${JSON.stringify({ kind: 'order', id, status, code })}\n\n`;

const sharedRequests = () =>
  requests.filter((request) => request.method === 'POST' && new URL(request.url).pathname.endsWith('/stream'));
const ownRequests = () => requests.filter((request) => new URL(request.url).pathname.includes('/stream/'));
const bodyOf = async (request: Request) => (await request.clone().json()) as { records: unknown[] };

/** Answers `POST /stream` from `stream`, and `GET /stream/order/{id}` with `own` (a 401 unless given). */
function serve(stream = eventStream(), own?: () => Response) {
  const signals: AbortSignal[] = [];
  server.use(
    http.get(`${endpoint}/capabilities`, () => HttpResponse.json(pushCapabilities)),
    http.post(`${endpoint}/stream`, ({ request }) => {
      signals.push(request.signal);
      return stream.response();
    }),
    http.get(
      `${endpoint}/stream/order/:id`,
      own ?? (() => HttpResponse.json({ code: 'verification_failed', status: 401 }, { status: 401 })),
    ),
  );
  return { stream, signals };
}

describe('createClient', () => {
  it('parses each update of the shared stream once, routing and validating the same value', async () => {
    const { stream } = serve();
    const listener = vi.fn<(next: LookupResult) => void>();
    const stop = createClient({ endpoint }).watch(orderResult('ord_1'), listener);
    await vi.waitFor(() => expect(sharedRequests()).toHaveLength(1));
    const event = update('ord_1', 'W-2');
    const data = event.slice(event.indexOf('data: ') + 6, -2);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      stream.write(event);
      await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
      expect(parse.mock.calls.filter(([text]) => text === data)).toHaveLength(1);
    } finally {
      parse.mockRestore();
      stop();
    }
  });

  it('streams the records of every watch that starts together over one POST /stream, tokens in its body', async () => {
    const { stream } = serve();
    const client = createClient({ endpoint, locale: 'en-US' });
    const listeners = ['ord_1', 'ord_2', 'ord_3'].map((id) => {
      const listener = vi.fn<(next: LookupResult) => void>();
      return { id, listener, stop: client.watch(orderResult(id), listener) };
    });
    await vi.waitFor(() => expect(sharedRequests()).toHaveLength(1));
    const [request] = sharedRequests();
    expect(new URL(request!.url).search).toBe('');
    expect(request!.headers.get('authorization')).toBeNull();
    expect(request!.headers.get('accept')).toBe('text/event-stream');
    expect(request!.headers.get('content-type')).toBe('application/json');
    expect(request!.headers.get('accept-language')).toBe('en-US');
    expect((await bodyOf(request!)).records).toEqual([
      { kind: 'order', id: 'ord_1', token: 'tok_ord_1' },
      { kind: 'order', id: 'ord_2', token: 'tok_ord_2' },
      { kind: 'order', id: 'ord_3', token: 'tok_ord_3' },
    ]);
    stream.write(update('ord_2', 'W2002'));
    stream.write(update('ord_3', 'W3003'));
    await vi.waitFor(() => expect(listeners[2]!.listener).toHaveBeenCalledTimes(1));
    expect(listeners[0]!.listener).not.toHaveBeenCalled();
    const second = listeners[1]!.listener.mock.calls[0]![0];
    expect(second.kind === 'order' && [second.order.id, second.order.number]).toEqual(['ord_2', 'W2002']);
    expect(second.access.token).toBe('tok_ord_2');
    expect(ownRequests()).toHaveLength(0);
    for (const { stop } of listeners) stop();
  });

  it('reopens the stream with every record when a watch joins later, and hears each record again', async () => {
    const { stream, signals } = serve();
    const client = createClient({ endpoint });
    const first = vi.fn();
    const stopFirst = client.watch(orderResult('ord_1'), first);
    await vi.waitFor(() => expect(sharedRequests()).toHaveLength(1));
    stream.write(update('ord_1', 'W1-changed'));
    await vi.waitFor(() => expect(first).toHaveBeenCalledTimes(1));
    const second = vi.fn();
    const stopSecond = client.watch(orderResult('ord_2'), second);
    await vi.waitFor(() => expect(sharedRequests()).toHaveLength(2));
    expect(signals[0]!.aborted).toBe(true);
    expect((await bodyOf(sharedRequests()[1]!)).records).toHaveLength(2);
    // The reopened stream starts with each record as it is: the unchanged one fires no listener.
    stream.write(update('ord_1', 'W1-changed'));
    stream.write(update('ord_2', 'W2-changed'));
    await vi.waitFor(() => expect(second).toHaveBeenCalledTimes(1));
    expect(first).toHaveBeenCalledTimes(1);
    stopFirst();
    stopSecond();
    await vi.waitFor(() => expect(signals[1]!.aborted).toBe(true));
  });

  it('keeps the stream open until the last watch on it stops', async () => {
    const { signals } = serve();
    const client = createClient({ endpoint });
    const stops = ['ord_1', 'ord_2'].map((id) => client.watch(orderResult(id), () => {}));
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    stops[0]!();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(signals[0]!.aborted).toBe(false);
    expect(sharedRequests()).toHaveLength(1);
    stops[1]!();
    await vi.waitFor(() => expect(signals[0]!.aborted).toBe(true));
  });

  it('sends a record that left the stream to a stream of its own, where a refused token ends its watch alone', async () => {
    const { stream } = serve();
    const client = createClient({ endpoint });
    const onError = vi.fn();
    const onStale = vi.fn();
    const kept = vi.fn();
    const stopEnded = client.watch(orderResult('ord_1'), () => {}, { onError, onStale });
    const stopKept = client.watch(orderResult('ord_2'), kept);
    await vi.waitFor(() => expect(sharedRequests()).toHaveLength(1));
    stream.write(end('ord_1'));
    await vi.waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]![0]).toMatchObject({ name: 'VerificationError' });
    expect(onStale).toHaveBeenLastCalledWith(true);
    const own = ownRequests();
    expect(own).toHaveLength(1);
    expect(own[0]!.headers.get('authorization')).toBe('Bearer tok_ord_1');
    stream.write(update('ord_2', 'W2-after'));
    await vi.waitFor(() => expect(kept).toHaveBeenCalledTimes(1));
    expect(sharedRequests()).toHaveLength(1);
    stopEnded();
    stopKept();
  });

  it('keeps a record’s watches on the stream when the token it was opened with ends and a newer one is held', async () => {
    const { stream } = serve();
    const client = createClient({ endpoint });
    const onError = vi.fn();
    const first = vi.fn<(next: LookupResult) => void>();
    const stopOld = client.watch(orderResult('ord_1'), first, { onError });
    await vi.waitFor(() => expect(sharedRequests()).toHaveLength(1));
    // A later lookup of the same order (another widget, a renewal) brings a token of its own, which every watch of
    // the order streams with from then on, as reads send it.
    const renewed = orderResult('ord_1');
    renewed.access = { ...renewed.access, token: 'tok_renewed' };
    const heard = vi.fn<(next: LookupResult) => void>();
    const renewedErrors = vi.fn();
    const stopRenewed = client.watch(renewed, heard, { onError: renewedErrors });
    stream.write(end('ord_1'));
    await vi.waitFor(() => expect(sharedRequests()).toHaveLength(2));
    expect((await bodyOf(sharedRequests()[1]!)).records).toEqual([
      { kind: 'order', id: 'ord_1', token: 'tok_renewed' },
    ]);
    expect(ownRequests()).toHaveLength(0);
    stream.write(update('ord_1', 'W1-renewed'));
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(first).toHaveBeenCalledTimes(1));
    expect(onError).not.toHaveBeenCalled();
    expect(renewedErrors).not.toHaveBeenCalled();
    stopOld();
    stopRenewed();
  });

  it('opens the stream with the newest token of a record that two watches hold', async () => {
    serve();
    const client = createClient({ endpoint });
    const renewed = orderResult('ord_1');
    renewed.access = { ...renewed.access, token: 'tok_renewed' };
    const stops = [client.watch(orderResult('ord_1'), () => {}), client.watch(renewed, () => {})];
    await vi.waitFor(() => expect(sharedRequests()).toHaveLength(1));
    expect((await bodyOf(sharedRequests()[0]!)).records).toEqual([
      { kind: 'order', id: 'ord_1', token: 'tok_renewed' },
    ]);
    for (const stop of stops) stop();
  });

  it('marks every watch stale when the stream drops, reports why, and reopens it with backoff', async () => {
    const { stream } = serve();
    const client = createClient({ endpoint });
    const watches = ['ord_1', 'ord_2'].map((id) => {
      const options = { onError: vi.fn(), onStale: vi.fn() };
      return { options, stop: client.watch(orderResult(id), () => {}, options) };
    });
    await vi.waitFor(() => expect(sharedRequests()).toHaveLength(1));
    const dropped = performance.now();
    stream.fail();
    await vi.waitFor(() => {
      for (const { options } of watches) expect(options.onStale).toHaveBeenLastCalledWith(true);
    });
    for (const { options } of watches)
      expect(options.onError.mock.calls[0]![0]).toMatchObject({ name: 'NetworkError' });
    await vi.waitFor(() => expect(sharedRequests()).toHaveLength(2), { timeout: 2_000 });
    // The first wait is jittered between 0.5 s and 1 s.
    expect(performance.now() - dropped).toBeGreaterThanOrEqual(450);
    stream.write(update('ord_1', 'W1-back'));
    await vi.waitFor(() => expect(watches[0]!.options.onStale).toHaveBeenLastCalledWith(false));
    for (const { stop } of watches) stop();
  });

  it('polls every watch when the shared stream answers 501', async () => {
    server.use(
      http.get(`${endpoint}/capabilities`, () => HttpResponse.json(pushCapabilities)),
      http.post(`${endpoint}/stream`, () => HttpResponse.json({ code: 'unsupported', status: 501 }, { status: 501 })),
      http.get(`${endpoint}/orders/:id`, ({ params }) =>
        HttpResponse.json({ kind: 'order', order: orderResult(String(params.id)).order }),
      ),
    );
    const client = createClient({ endpoint });
    const onError = vi.fn();
    const stops = ['ord_1', 'ord_2'].map((id) => client.watch(orderResult(id), () => {}, { interval: 20, onError }));
    await vi.waitFor(() =>
      expect(requests.filter((request) => /\/orders\/ord_[12]$/.test(request.url)).length).toBeGreaterThanOrEqual(2),
    );
    expect(sharedRequests()).toHaveLength(1);
    expect(ownRequests()).toHaveLength(0);
    expect(onError).not.toHaveBeenCalled();
    for (const stop of stops) stop();
  });

  it('holds no stream at all with maxStreams 0', async () => {
    serve();
    server.use(http.get(`${endpoint}/orders/:id`, () => new HttpResponse(null, { status: 304 })));
    const client = createClient({ endpoint, maxStreams: 0 });
    const stop = client.watch(orderResult('ord_1'), () => {}, { interval: 20 });
    await vi.waitFor(() => expect(requests.some((request) => request.url.endsWith('/orders/ord_1'))).toBe(true));
    expect(sharedRequests()).toHaveLength(0);
    expect(ownRequests()).toHaveLength(0);
    stop();
  });

  it('carries 32 records at most: a watch past them streams on its own', async () => {
    const own = eventStream();
    serve(eventStream(), own.response);
    const client = createClient({ endpoint, maxStreams: 4 });
    const stops = Array.from({ length: 33 }, (_, index) => client.watch(orderResult(`ord_${index}`), () => {}));
    await vi.waitFor(() => expect(sharedRequests()).toHaveLength(1));
    await vi.waitFor(() => expect(ownRequests()).toHaveLength(1));
    expect((await bodyOf(sharedRequests()[0]!)).records).toHaveLength(32);
    expect(new URL(ownRequests()[0]!.url).pathname).toMatch(/\/stream\/order\/ord_32$/);
    for (const stop of stops) stop();
  });
});
