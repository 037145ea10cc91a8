import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { parseLookupResult } from '@waypost/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoContact, demoOrders } from '../server/demoOrders.mjs';
import { CONTENT_SECURITY_POLICY } from '../server/serveStatic.mjs';
import { startDemo } from '../server/startDemo.mjs';

type RunningDemo = Awaited<ReturnType<typeof startDemo>>;

const PAGES = ['/', '/index.html', '/track.html', '/account.html'];
const widgetBuilt = existsSync(new URL('../../../packages/widget/dist/waypost.js', import.meta.url));
if (!widgetBuilt)
  console.warn('[waypost] packages/widget/dist/waypost.js is missing: run `pnpm build` to test the bundle');
let demo: RunningDemo;
let api: string;

/** A raw request, so paths reach the server exactly as written (fetch would normalize `..`). */
function rawGet(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A raw GET with `headers` that keeps the body's bytes as sent (fetch would decompress them). */
function rawBytes(
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function lookup(body: unknown) {
  return fetch(`${api}/lookup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  demo = await startDemo({ port: 0 });
  api = `${demo.url}/api/waypost`;
});

afterAll(async () => {
  await demo?.close();
});

describe('startDemo', () => {
  it('serves every page with the strict CSP, no caching and no inline script or style', async () => {
    for (const page of PAGES) {
      const response = await fetch(`${demo.url}${page}`);
      expect(response.status, page).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const html = await response.text();
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    }
    const track = await (await fetch(`${demo.url}/track.html`)).text();
    expect(track).toContain('<script src="/waypost.js" defer></script>');
    expect(track).toContain('<waypost-tracker id="tracker" class="tracker" endpoint="/api/waypost">');
    expect(await (await fetch(`${demo.url}/`)).text()).toContain('href="/track.html"');
  });

  it('serves the store assets with their content types and answers a matching ETag with 304', async () => {
    const expected: Record<string, string> = {
      '/store.css': 'text/css; charset=utf-8',
      '/store.js': 'text/javascript; charset=utf-8',
      '/images/trail-runner.svg': 'image/svg+xml',
      '/labels/return-label.svg': 'image/svg+xml',
    };
    for (const [path, type] of Object.entries(expected)) {
      const response = await fetch(`${demo.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const etag = response.headers.get('etag') ?? '';
      expect((await fetch(`${demo.url}${path}`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    }
  });

  it.skipIf(!widgetBuilt)('serves the widget bundle at /waypost.js and its locales at /locales/*', async () => {
    const response = await fetch(`${demo.url}/waypost.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect((await response.text()).length).toBeGreaterThan(1_000);
    const locales = readdirSync(new URL('../../../packages/widget/dist/locales/', import.meta.url));
    for (const locale of locales.filter((name) => name.endsWith('.js'))) {
      const catalog = await fetch(`${demo.url}/locales/${locale}`);
      expect(catalog.status, locale).toBe(200);
      expect(catalog.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    }
  });

  it('sends scripts and stylesheets brotli-compressed to a browser that accepts it, and plain to one that does not', async () => {
    const file = readFileSync(new URL('../public/store.js', import.meta.url));
    const br = await rawBytes(demo.port, '/store.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).equals(file)).toBe(true);
    const plain = await rawBytes(demo.port, '/store.js', { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.equals(file)).toBe(true);
    expect(br.headers.etag).not.toBe(plain.headers.etag);
    const image = await rawBytes(demo.port, '/images/trail-runner.svg', { 'accept-encoding': 'br' });
    expect(image.headers['content-encoding']).toBeUndefined();
  });

  it('refuses path traversal, encoded or not, and dotfiles', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/images/..%2f..%2fserver%2fstartDemo.mjs',
      '/locales/..%2fwaypost.js',
      '/..%5c..%5cpackage.json',
      '/%00.html',
      '/.env',
    ]) {
      const response = await rawGet(demo.port, path);
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('"name"');
    }
  });

  it('looks up every scenario by email and by postal code, then reads it again with the token', async () => {
    for (const { number } of demoOrders) {
      for (const contact of [{ email: demoContact.email }, { postalCode: demoContact.postalCode }]) {
        const response = await lookup({ orderNumber: number, ...contact });
        expect(response.status, number).toBe(200);
        const result = parseLookupResult(await response.json());
        if (result.kind !== 'order') throw new Error(`${number} is not an order`);
        expect(result.order.number).toBe(number);
        const read = await fetch(`${api}/orders/${result.order.id}`, {
          headers: { authorization: `Bearer ${result.access.token}` },
        });
        expect(read.status).toBe(200);
        const etag = read.headers.get('etag') ?? '';
        expect(etag).toMatch(/^"/);
        const again = await fetch(`${api}/orders/${result.order.id}`, {
          headers: { authorization: `Bearer ${result.access.token}`, 'if-none-match': etag },
        });
        expect(again.status).toBe(304);
      }
    }
  });

  it('answers a wrong email with 401, an unknown order with 404, and finds a parcel by tracking number', async () => {
    const wrong = await lookup({ orderNumber: 'W1001', email: 'someone@example.com' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    expect(await wrong.json()).toMatchObject({ code: 'verification_failed' });
    expect((await lookup({ orderNumber: 'W9999', email: demoContact.email })).status).toBe(404);
    const parcel = await lookup({ trackingNumber: '1ZW4P7820356148311' });
    expect(parcel.status).toBe(200);
    expect(parseLookupResult(await parcel.json())).toMatchObject({
      kind: 'shipment',
      shipment: { carrier: { code: 'ups' } },
    });
  });

  it('links product images and the return label to files the store serves', async () => {
    const result = parseLookupResult(await (await lookup({ orderNumber: 'W1005', email: demoContact.email })).json());
    if (result.kind !== 'order') throw new Error('W1005 is not an order');
    const links = [...result.order.items.map((item) => item.imageUrl), result.order.returns[0]?.labelUrl];
    for (const link of links) {
      expect(link?.startsWith(demo.url), link).toBe(true);
      expect((await fetch(link ?? '')).status, link).toBe(200);
    }
  });

  it('renders the account page with a working deep-link token for every order', async () => {
    const html = await (await fetch(`${demo.url}/account.html`)).text();
    const tokens = html.match(/<waypost-tracker [^>]*tokens="([^"]+)"/)?.[1]?.split(' ') ?? [];
    expect(tokens).toHaveLength(demoOrders.length);
    const numbers = [];
    for (const token of tokens) {
      const response = await lookup({ token });
      expect(response.status).toBe(200);
      const result = parseLookupResult(await response.json());
      numbers.push(result.kind === 'order' ? result.order.number : result.kind);
    }
    expect(numbers).toEqual(demoOrders.map((order) => order.number));
    expect(html).not.toContain('<!-- waypost:orders -->');
  });

  it('allows cross-origin calls from localhost pages only', async () => {
    const preflight = (origin: string) =>
      fetch(`${api}/lookup`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('http://localhost:5173')).headers.get('access-control-allow-origin')).toBe(
      'http://localhost:5173',
    );
    expect((await preflight('http://127.0.0.1:3000')).headers.get('access-control-allow-origin')).toBe(
      'http://127.0.0.1:3000',
    );
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('reports push, alerts, issues and returns in its capabilities', async () => {
    const response = await fetch(`${api}/capabilities`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      push: true,
      alerts: { channels: ['email', 'sms'] },
      issues: true,
      returns: { exchanges: true },
    });
  });
});
