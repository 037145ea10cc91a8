import { describe, expect, it, vi } from 'vitest';
import { createHandler } from '../createHandler.js';
import { createTestSource, testSecret } from './createTestSource.js';
import { origin, postJson, readJson } from './requests.js';

const lookup = { orderNumber: 'W1001', email: 'shopper@example.com' };
const setup = (options: Partial<Parameters<typeof createHandler>[0]> = {}) =>
  createHandler({ source: createTestSource(), secret: testSecret, rateLimit: false, ...options });

function streamOf(chunks: number, size: number, onPull?: () => void): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      onPull?.();
      if (sent === chunks) return controller.close();
      sent += 1;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
}

describe('createHandler', () => {
  it('answers problem+json with type, title, status, detail and code, never cached', async () => {
    const response = await setup()(new Request(`${origin}/nope`));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await readJson(response)).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: expect.any(String),
      code: 'not_found',
    });
  });

  it('sends X-Content-Type-Options: nosniff and Vary: Origin on every response', async () => {
    const handler = setup();
    for (const request of [
      new Request(`${origin}/capabilities`),
      new Request(`${origin}/nope`),
      postJson('/lookup', lookup),
      new Request(`${origin}/lookup`, { method: 'OPTIONS' }),
    ]) {
      const response = await handler(request);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('vary')).toContain('Origin');
    }
  });

  it('answers 405 with Allow for a wrong method', async () => {
    const handler = setup();
    const read = await handler(new Request(`${origin}/lookup`));
    expect(read.status).toBe(405);
    expect(read.headers.get('allow')).toBe('POST, OPTIONS');
    const post = await handler(postJson('/orders/ord_1', {}));
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, OPTIONS');
  });

  it('serves only below basePath', async () => {
    const handler = setup({ basePath: '/api/waypost/' });
    expect((await handler(new Request(`${origin}/api/waypost/capabilities`))).status).toBe(200);
    expect((await handler(new Request(`${origin}/capabilities`))).status).toBe(404);
    expect((await handler(new Request(`${origin}/api/waypostx/capabilities`))).status).toBe(404);
    expect(() => setup({ basePath: 'api' })).toThrow(/basePath/);
  });

  it('serves public capabilities with a five-minute cache', async () => {
    const response = await setup()(new Request(`${origin}/capabilities`));
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await readJson(response)).toEqual({
      protocol: 1,
      lookup: { email: true, postalCode: true, trackingNumber: true },
      push: true,
      alerts: { channels: ['email', 'sms'] },
      issues: true,
      returns: { exchanges: true, storeCredit: true },
    });
  });

  it('answers 415 for a body that is not application/json', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const request = new Request(`${origin}/lookup`, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: JSON.stringify(lookup),
      });
      const response = await setup()(request);
      expect(response.status).toBe(415);
      expect((await readJson(response)).code).toBe('unsupported_media_type');
    }
  });

  it('accepts application/json with a charset', async () => {
    const response = await setup()(postJson('/lookup', lookup, { 'Content-Type': 'application/json; charset=utf-8' }));
    expect(response.status).toBe(200);
  });

  it('answers 400 for malformed JSON, invalid UTF-8, and JSON that is not an object', async () => {
    const handler = setup();
    const bodies: Array<string | Uint8Array> = [
      '{"orderNumber":',
      '',
      '[1,2]',
      'null',
      new Uint8Array([0x7b, 0xff, 0x7d]),
    ];
    for (const body of bodies) {
      const request = new Request(`${origin}/lookup`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      const response = await handler(request);
      expect(response.status).toBe(400);
      expect((await readJson(response)).code).toBe('invalid_request');
    }
  });

  it('answers 413 when Content-Length declares a body over maxBodyBytes, before reading it', async () => {
    const pulls = vi.fn();
    const request = new Request(`${origin}/lookup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': '20000' },
      body: streamOf(100, 200, pulls),
      duplex: 'half',
    } as RequestInit);
    const response = await setup()(request);
    expect(response.status).toBe(413);
    expect((await readJson(response)).code).toBe('payload_too_large');
    expect(pulls.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('answers 413 for a streamed body without Content-Length and stops reading past the cap', async () => {
    const pulls = vi.fn();
    const request = new Request(`${origin}/lookup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: streamOf(1_000, 1_024, pulls),
      duplex: 'half',
    } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    const response = await setup({ maxBodyBytes: 4_096 })(request);
    expect(response.status).toBe(413);
    expect(pulls.mock.calls.length).toBeLessThan(10);
  });

  it('answers 500 internal_error without the source error message, and reports it', async () => {
    const source = createTestSource();
    source.findOrder = async () => {
      throw new Error('connection to db-internal-7 refused (password=hunter2)');
    };
    const onError = vi.fn();
    const response = await setup({ source, onError })(postJson('/lookup', lookup));
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text).code).toBe('internal_error');
    expect(text).not.toMatch(/db-internal|hunter2/);
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringContaining('hunter2') }),
      expect.any(Request),
    );
  });

  it('refuses a short secret at start-up', () => {
    expect(() => createHandler({ source: createTestSource(), secret: 'too-short' })).toThrow(/at least 32/);
  });
});
