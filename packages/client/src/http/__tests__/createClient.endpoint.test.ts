import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createClient } from '../../createClient.js';
import { eventStream, pushCapabilities } from './eventStream.js';
import { endpoint, sampleResource, sampleResult, useTestServer } from './testServer.js';

const { server, requests } = useTestServer();

describe('createClient endpoint', () => {
  it('keeps the endpoint’s query on every request, event streams included', async () => {
    server.use(
      http.post(`${endpoint}/lookup`, () => HttpResponse.json(sampleResult())),
      http.get(`${endpoint}/orders/ord_1`, () => HttpResponse.json(sampleResource())),
      http.get(`${endpoint}/capabilities`, () => HttpResponse.json(pushCapabilities)),
      http.get(`${endpoint}/stream/order/ord_1`, eventStream().response),
    );
    const client = createClient({ endpoint: '/apps/waypost/?key=k1', baseUrl: 'https://shop.example/cart?x=1#top' });
    const result = await client.lookup({ orderNumber: 'W1001', email: 'shopper@example.com' });
    await client.get('order', 'ord_1');
    const stop = client.watch(result, () => {});
    await vi.waitFor(() => expect(requests.at(-1)?.url).toContain('/stream/order/'));
    stop();
    // The shared stream (`POST /stream`) answers 404 here, so the watch then streams its record on its own.
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      `POST ${endpoint}/lookup?key=k1`,
      `GET ${endpoint}/orders/ord_1?key=k1`,
      `GET ${endpoint}/capabilities?key=k1`,
      `POST ${endpoint}/stream?key=k1`,
      `GET ${endpoint}/stream/order/ord_1?key=k1`,
    ]);
  });

  it('refuses an endpoint that is not http(s), has a #fragment, or is relative without baseUrl', () => {
    for (const bad of [
      'ftp://shop.example/apps/waypost',
      'javascript:alert(1)',
      'https://shop.example/#/apps/waypost',
      '/apps/waypost',
      '',
    ]) {
      expect(() => createClient({ endpoint: bad })).toThrow(
        new TypeError(
          `[waypost] endpoint "${bad}" is not an absolute http(s) URL without #fragment; pass baseUrl (for example location.href)`,
        ),
      );
    }
    expect(() => createClient({ endpoint: '#/apps/waypost', baseUrl: 'https://shop.example/' })).toThrow(TypeError);
  });

  it('refuses an endpoint with a user or password at creation, without echoing them', () => {
    for (const [bad, baseUrl] of [
      ['https://user:pw@shop.example/apps/waypost'],
      ['https://user@shop.example/apps/waypost'],
      ['https://:pw@shop.example/apps/waypost'],
      ['/apps/waypost', 'https://user:pw@shop.example/cart'],
    ] as const) {
      let refused: unknown;
      try {
        createClient({ endpoint: bad, baseUrl });
      } catch (error) {
        refused = error;
      }
      expect(refused).toEqual(new TypeError('[waypost] endpoint must be a URL without user or password'));
    }
    expect(requests).toEqual([]);
  });
});
