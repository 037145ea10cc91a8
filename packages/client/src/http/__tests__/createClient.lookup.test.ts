import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../createClient.js';
import { endpoint, sampleResult, useTestServer } from './testServer.js';

const { server, requests } = useTestServer();

describe('createClient', () => {
  it('posts the lookup as JSON and returns the validated result', async () => {
    server.use(http.post(`${endpoint}/lookup`, () => HttpResponse.json(sampleResult())));
    const client = createClient({ endpoint, locale: 'en-US' });
    const result = await client.lookup({ orderNumber: 'W1001', email: 'shopper@example.com' });
    expect(result).toEqual(sampleResult());
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.method).toBe('POST');
    expect(request!.headers.get('content-type')).toBe('application/json');
    expect(await request!.json()).toEqual({ orderNumber: 'W1001', email: 'shopper@example.com' });
  });

  it('sends Accept-Language from the locale, and follows setLocale', async () => {
    server.use(http.post(`${endpoint}/lookup`, () => HttpResponse.json(sampleResult())));
    const client = createClient({ endpoint, locale: 'fr-CA' });
    await client.lookup({ trackingNumber: '1Z999AA10123456784' });
    client.setLocale('de-DE');
    await client.lookup({ trackingNumber: '1Z999AA10123456784' });
    expect(requests.map((request) => request.headers.get('accept-language'))).toEqual(['fr-CA', 'de-DE']);
  });

  it("falls back to the runtime's locale when none is given", async () => {
    server.use(http.post(`${endpoint}/lookup`, () => HttpResponse.json(sampleResult())));
    await createClient({ endpoint }).lookup({ token: 'tok' });
    expect(requests[0]!.headers.get('accept-language')).toBe(Intl.DateTimeFormat().resolvedOptions().locale);
  });

  it('resolves a relative endpoint against baseUrl', async () => {
    server.use(http.post(`${endpoint}/lookup`, () => HttpResponse.json(sampleResult())));
    const client = createClient({ endpoint: '/apps/waypost/', baseUrl: 'https://shop.example/cart?x=1' });
    await client.lookup({ token: 'tok' });
    expect(requests[0]!.url).toBe(`${endpoint}/lookup`);
  });

  it('refuses a relative endpoint without baseUrl', () => {
    expect(() => createClient({ endpoint: '/apps/waypost' })).toThrow(/\[waypost\] endpoint/);
  });

  it('refuses options with neither an endpoint nor a source, and options with both', () => {
    const message = /\[waypost\] createClient needs either an `endpoint` \(a URL\) or a `source`/;
    expect(() => createClient({})).toThrow(message);
    expect(() => createClient({ endpoint, source: { lookup: async () => sampleResult() } as never })).toThrow(message);
  });

  it('uses the injected fetch', async () => {
    const seen: string[] = [];
    const client = createClient({
      endpoint,
      fetch: async (input) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return Response.json(sampleResult());
      },
    });
    await client.lookup({ token: 'tok' });
    expect(seen).toEqual([`${endpoint}/lookup`]);
    expect(requests).toHaveLength(0);
  });
});
