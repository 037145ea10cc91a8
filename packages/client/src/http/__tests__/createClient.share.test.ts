import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createClient } from '../../createClient.js';
import type { LookupResult } from '../../model/LookupResult.js';
import { eventStream, pushCapabilities, update } from './eventStream.js';
import { endpoint, rejection, sampleResult, useTestServer } from './testServer.js';

const { server, requests } = useTestServer();
const query = { orderNumber: 'W1001', email: 'shopper@example.com' };
const count = (path: string) => requests.filter((request) => new URL(request.url).pathname.endsWith(path)).length;

describe('createClient', () => {
  it('sends one POST /lookup for five identical concurrent lookups and gives each the result', async () => {
    server.use(http.post(`${endpoint}/lookup`, () => HttpResponse.json(sampleResult())));
    const client = createClient({ endpoint, locale: 'en-US' });
    const results = await Promise.all(Array.from({ length: 5 }, () => client.lookup({ ...query })));
    expect(count('/lookup')).toBe(1);
    for (const result of results) expect(result).toEqual(sampleResult());
  });

  it('does not share lookups of different queries or locales, nor lookups made one after the other', async () => {
    server.use(http.post(`${endpoint}/lookup`, () => HttpResponse.json(sampleResult())));
    const client = createClient({ endpoint, locale: 'en-US' });
    await Promise.all([client.lookup(query), client.lookup({ ...query, email: 'other@example.com' })]);
    await client.lookup(query);
    client.setLocale('fr-FR');
    await client.lookup(query);
    expect(count('/lookup')).toBe(4);
  });

  it('keeps a shared lookup going for the others when one caller aborts', async () => {
    server.use(http.post(`${endpoint}/lookup`, () => HttpResponse.json(sampleResult())));
    const client = createClient({ endpoint });
    const controller = new AbortController();
    const aborted = client.lookup(query, { signal: controller.signal });
    const kept = client.lookup(query);
    controller.abort();
    expect(await rejection(aborted)).toMatchObject({ name: 'AbortError' });
    expect(await kept).toEqual(sampleResult());
    expect(count('/lookup')).toBe(1);
  });

  it('takes the capabilities from the lookup answer and never asks GET /capabilities', async () => {
    const capabilities = { ...pushCapabilities, issues: true };
    server.use(http.post(`${endpoint}/lookup`, () => HttpResponse.json({ ...sampleResult(), capabilities })));
    const client = createClient({ endpoint });
    const result = await client.lookup(query);
    expect(result).toEqual(sampleResult());
    expect(client.capabilities).toEqual(capabilities);
    expect(await client.loadCapabilities()).toEqual(capabilities);
    expect(count('/capabilities')).toBe(0);
  });

  it('rejects a lookup whose capabilities are invalid with an InvalidResponseError', async () => {
    server.use(
      http.post(`${endpoint}/lookup`, () =>
        HttpResponse.json({ ...sampleResult(), capabilities: { ...pushCapabilities, protocol: 9 } }),
      ),
    );
    const error = await rejection(createClient({ endpoint }).lookup(query));
    expect(error).toMatchObject({ name: 'InvalidResponseError' });
    expect((error as Error).message).toContain('capabilities');
  });

  it('falls back to one GET /capabilities when an older server leaves them out of the lookup', async () => {
    server.use(
      http.post(`${endpoint}/lookup`, () => HttpResponse.json(sampleResult())),
      http.get(`${endpoint}/capabilities`, () => HttpResponse.json(pushCapabilities)),
    );
    const client = createClient({ endpoint });
    await client.lookup(query);
    expect(client.capabilities).toBeUndefined();
    const loaded = await Promise.all([client.loadCapabilities(), client.loadCapabilities()]);
    expect(loaded).toEqual([pushCapabilities, pushCapabilities]);
    expect(count('/capabilities')).toBe(1);
  });

  it('shares one stream between five watches of one record and closes it after the last stops', async () => {
    const stream = eventStream();
    const signals: AbortSignal[] = [];
    server.use(
      http.post(`${endpoint}/lookup`, () => HttpResponse.json({ ...sampleResult(), capabilities: pushCapabilities })),
      http.get(`${endpoint}/stream/order/ord_1`, stream.response),
    );
    const client = createClient({
      endpoint,
      fetch: (input, init) => {
        if (init?.signal && String(input).includes('/stream/')) signals.push(init.signal);
        return fetch(input, init);
      },
    });
    const result = await client.lookup(query);
    const listeners = Array.from({ length: 5 }, () => vi.fn<(next: LookupResult) => void>());
    const stops = listeners.map((listener) => client.watch(result, listener));
    await vi.waitFor(() => expect(count('/stream/order/ord_1')).toBe(1));
    stream.write(update('W1002', '"v2"'));
    await vi.waitFor(() => {
      for (const listener of listeners) expect(listener).toHaveBeenCalledTimes(1);
    });
    const late = vi.fn<(next: LookupResult) => void>();
    stops.push(client.watch(result, late));
    await vi.waitFor(() => expect(late).toHaveBeenCalledTimes(1));
    expect(late.mock.calls[0]![0].kind === 'order' && late.mock.calls[0]![0].order.number).toBe('W1002');
    for (const stop of stops.slice(0, -1)) stop();
    expect(signals[0]!.aborted).toBe(false);
    stops.at(-1)!();
    expect(signals[0]!.aborted).toBe(true);
    expect(count('/stream/order/ord_1')).toBe(1);
    expect(count('/lookup') + count('/capabilities')).toBe(1);
  });
});
