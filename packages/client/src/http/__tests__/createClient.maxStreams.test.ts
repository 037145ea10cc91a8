import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../createClient.js';
import type { LookupResult } from '../../model/LookupResult.js';
import { eventStream, pushCapabilities as push } from './eventStream.js';
import { endpoint, sampleResource, sampleResult, useTestServer } from './testServer.js';

const { server, requests } = useTestServer();

/** The sample order as record `ord_<n>`, with its own token. */
const orderResult = (n: number): LookupResult => {
  const result = sampleResult();
  return { ...result, order: { ...result.order, id: `ord_${n}` }, access: { ...result.access, token: `tok_${n}` } };
};

/** A backend that pushes: every stream stays open, every read answers the record asked for. */
function pushingBackend() {
  const stream = eventStream();
  server.use(
    http.get(`${endpoint}/capabilities`, () => HttpResponse.json(push)),
    http.get(`${endpoint}/stream/order/:id`, stream.response),
    http.get(`${endpoint}/orders/:id`, ({ params }) =>
      HttpResponse.json({ ...sampleResource(), order: { ...sampleResource().order, id: String(params.id) } }),
    ),
  );
}

// A busy machine can take more than `expect.poll`'s default second to open six streams.
const POLL = { timeout: 5_000 };

const paths = (part: string) =>
  requests.map((request) => new URL(request.url).pathname).filter((path) => path.includes(part));

describe('createClient maxStreams', () => {
  // Watches a failed test left running would hold streams into the next test.
  const running: Array<() => void> = [];
  afterEach(() => {
    for (const stop of running.splice(0)) stop();
    vi.restoreAllMocks();
  });

  it('opens at most four streams by default; the watches past them poll the record instead', async () => {
    pushingBackend();
    const client = createClient({ endpoint });
    const stops = [1, 2, 3, 4, 5, 6].map((n) => client.watch(orderResult(n), () => {}, { interval: 20 }));
    running.push(...stops);
    await expect.poll(() => paths('/orders/').length, POLL).toBeGreaterThanOrEqual(4);
    expect(paths('/stream/')).toEqual([1, 2, 3, 4].map((n) => `/apps/waypost/stream/order/ord_${n}`));
    expect(new Set(paths('/orders/'))).toEqual(new Set(['/apps/waypost/orders/ord_5', '/apps/waypost/orders/ord_6']));
    for (const stop of stops) stop();
  });

  it('streams every watch once the endpoint answered over HTTP/2', async () => {
    pushingBackend();
    vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
      { name: `${endpoint}/lookup`, nextHopProtocol: 'h2' },
    ] as never);
    const client = createClient({ endpoint });
    const stops = [1, 2, 3, 4, 5, 6].map((n) => client.watch(orderResult(n), () => {}, { interval: 20 }));
    running.push(...stops);
    await expect.poll(() => paths('/stream/').length, POLL).toBe(6);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(paths('/orders/')).toEqual([]);
    for (const stop of stops) stop();
  });

  it('counts the watches of one record once, and frees a stream when its watch stops', async () => {
    pushingBackend();
    const client = createClient({ endpoint, maxStreams: 2 });
    const first = client.watch(orderResult(1), () => {});
    const again = client.watch(orderResult(1), () => {});
    const second = client.watch(orderResult(2), () => {});
    await expect.poll(() => paths('/stream/').length, POLL).toBe(2);
    first();
    again();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const third = client.watch(orderResult(3), () => {});
    await expect.poll(() => paths('/stream/'), POLL).toContain('/apps/waypost/stream/order/ord_3');
    expect(paths('/orders/')).toEqual([]);
    second();
    third();
  });

  it('streams a watch past the limit as soon as a stream frees, the longest waiting first, and stops its polling', async () => {
    pushingBackend();
    const client = createClient({ endpoint, maxStreams: 1 });
    const first = client.watch(orderResult(1), () => {});
    await expect.poll(() => paths('/stream/').length, POLL).toBe(1);
    const second = client.watch(orderResult(2), () => {}, { interval: 20 });
    await expect.poll(() => paths('/orders/ord_2').length, POLL).toBeGreaterThanOrEqual(1);
    const third = client.watch(orderResult(3), () => {}, { interval: 20 });
    await expect.poll(() => paths('/orders/ord_3').length, POLL).toBeGreaterThanOrEqual(1);

    first();
    await expect.poll(() => paths('/stream/'), POLL).toContain('/apps/waypost/stream/order/ord_2');
    const polls = paths('/orders/ord_2').length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(paths('/orders/ord_2')).toHaveLength(polls);
    expect(paths('/stream/')).not.toContain('/apps/waypost/stream/order/ord_3');
    expect(paths('/orders/ord_3').length).toBeGreaterThan(1);
    second();
    third();
  });

  it('polls every watch with 0', async () => {
    pushingBackend();
    const stop = createClient({ endpoint, maxStreams: 0 }).watch(orderResult(1), () => {}, { interval: 10 });
    await expect.poll(() => paths('/orders/').length, POLL).toBeGreaterThanOrEqual(1);
    expect(paths('/stream/')).toEqual([]);
    stop();
  });

  it('refuses a limit that is not a whole number of 0 or more, at creation', () => {
    for (const maxStreams of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createClient({ endpoint, maxStreams })).toThrow(
        new TypeError(
          `[waypost] createClient: \`maxStreams\` is invalid: expected an integer from 0 to 2147483647, got ${maxStreams}`,
        ),
      );
    }
  });
});
