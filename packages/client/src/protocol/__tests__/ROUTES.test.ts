import { describe, expect, it, vi } from 'vitest';
import { createClient } from '../../createClient.js';
import { createTestSource, testSecret } from '../../server/__tests__/createTestSource.js';
import { sampleActionInputs } from '../../server/__tests__/sampleActionInputs.js';
import { createHandler } from '../../server/createHandler.js';
import { matchRoute } from '../../server/matchRoute.js';
import { getRoutePath } from '../getRoutePath.js';
import { ROUTES, type RouteName } from '../ROUTES.js';

const basePath = '/apps/waypost';
const params = { kind: 'order', id: 'ord 1/é', provider: 'aftership', token: 'abc_1.sig-2' };
// Webhooks and unsubscribe links are called by providers and by shoppers' mail clients, not by the client.
const serverOnly: RouteName[] = ['webhook', 'unsubscribe'];

describe('ROUTES', () => {
  it.each(Object.keys(ROUTES) as RouteName[])('has its %s route served by the router', (name) => {
    const route = ROUTES[name];
    const path = getRoutePath(route, params);
    expect(path).not.toContain('{');
    const matched = matchRoute(basePath + path, basePath);
    expect(matched).toMatchObject({ name, methods: route.methods });
    for (const key of ['kind', 'id', 'provider', 'token'] as const) {
      if (route.path.includes(`{${key}}`)) expect(matched?.[key]).toBe(params[key]);
    }
  });

  it('has every route but the server-only ones called by the HTTP client, with its method and path', async () => {
    const handler = createHandler({ source: createTestSource(), secret: testSecret, basePath, rateLimit: false });
    const seen: Array<{ name: RouteName | undefined; method: string; status: number }> = [];
    let shared = true;
    const fetch = vi.fn(async (input: Request | string | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      // The second watch meets a handler from before the shared stream, and streams its record on its own.
      if (!shared && request.method === 'POST' && request.url.endsWith('/stream')) {
        return Response.json({ code: 'not_found' }, { status: 404 });
      }
      const response = await handler(request);
      const route = matchRoute(new URL(request.url).pathname, basePath);
      if (route && !route.methods.includes(request.method)) throw new Error(`${request.method} ${route.name}`);
      seen.push({ name: route?.name, method: request.method, status: response.status });
      return response;
    });
    const client = createClient({ endpoint: `https://shop.example${basePath}`, fetch, retry: 0, cache: false });

    // Asked first: a lookup answer carries the capabilities, and the client then never asks for them.
    await client.loadCapabilities();
    const result = await client.lookup({ orderNumber: 'W1001', email: 'shopper@example.com' });
    await client.refresh(result);
    await client.startReturn(sampleActionInputs.startReturn);
    await client.subscribeAlerts(sampleActionInputs.subscribeAlerts);
    await client.reportIssue({ kind: 'order', id: 'ord_1', type: 'late' });
    const stop = client.watch(result, () => {});
    await vi.waitFor(() => expect(seen.map((each) => each.name)).toContain('streamMany'));
    stop();
    shared = false;
    const own = createClient({ endpoint: `https://shop.example${basePath}`, fetch, retry: 0, cache: false });
    const stopOwn = own.watch(result, () => {});
    await vi.waitFor(() => expect(seen.map((each) => each.name)).toContain('stream'));
    stopOwn();

    expect(seen.every((each) => each.status < 300)).toBe(true);
    const called = new Set(seen.map((each) => each.name));
    expect([...called].sort()).toEqual(
      (Object.keys(ROUTES) as RouteName[]).filter((name) => !serverOnly.includes(name)).sort(),
    );
  });

  it('finds no route for a path the table does not have', () => {
    for (const path of ['/lookup/', '/orders', '/constructors/x', '/stream/order', '/webhooks/ups', '/unsubscribe/x']) {
      expect(matchRoute(basePath + path, basePath), path).toBeNull();
    }
  });
});
