import { describe, expect, it, vi } from 'vitest';
import { createHandler } from '../createHandler.js';
import { createMemoryRateLimitStore } from '../createMemoryRateLimitStore.js';
import { createTestSource, testSecret } from './createTestSource.js';
import { origin, postJson, readJson } from './requests.js';

const start = 1_000 * 60_000;
const wrong = { orderNumber: 'W1001', email: 'guess@example.com' };

function setup(rateLimit: Parameters<typeof createHandler>[0]['rateLimit'] = {}) {
  const clock = { now: start };
  const handler = createHandler({
    source: createTestSource(),
    secret: testSecret,
    now: () => clock.now,
    rateLimit,
    clientAddressHeader: 'cf-connecting-ip',
  });
  const from = (address: string, body: unknown = wrong) =>
    handler(postJson('/lookup', body, { 'CF-Connecting-IP': address }));
  return { clock, handler, from };
}

describe('createHandler', () => {
  describe('rate limits', () => {
    it('refuses the 11th lookup a minute from one address with 429 and Retry-After, then lets it through later', async () => {
      const { clock, from } = setup();
      for (let index = 0; index < 10; index += 1) expect((await from('203.0.113.1')).status).toBe(401);
      const refused = await from('203.0.113.1');
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(await readJson(refused)).toMatchObject({ code: 'rate_limited', retryAfter });
      // Another address is not affected.
      expect((await from('203.0.113.2')).status).toBe(401);
      clock.now += 2 * 60_000;
      expect((await from('203.0.113.1')).status).toBe(401);
    });

    it('limits lookups of one order number across many addresses', async () => {
      const { clock, from } = setup({ perOrder: { limit: 5, windowMs: 900_000 } });
      for (let index = 0; index < 5; index += 1) expect((await from(`198.51.100.${index}`)).status).toBe(401);
      const variants = [
        { orderNumber: ' w1001', email: 'x@example.com' },
        { orderNumber: '#W1001', postalCode: '00000' },
      ];
      for (const body of variants) expect((await from('198.51.100.99', body)).status).toBe(429);
      // Other orders are still open.
      expect((await from('198.51.100.99', { orderNumber: 'W1002', email: 'other@example.com' })).status).toBe(200);
      clock.now += 30 * 60_000;
      expect((await from('198.51.100.100', { orderNumber: 'W1001', email: 'shopper@example.com' })).status).toBe(200);
    });

    it('counts an address once whatever port the proxy writes after it, and an IPv4-mapped address as IPv4', async () => {
      const handler = createHandler({
        source: createTestSource(),
        secret: testSecret,
        clientAddressHeader: 'x-forwarded-for',
      });
      const from = (address: string) => handler(postJson('/lookup', wrong, { 'X-Forwarded-For': address }));
      for (let index = 0; index < 10; index += 1)
        expect((await from(`203.0.113.7:${40_000 + index}`)).status).toBe(401);
      expect((await from('203.0.113.7:50000')).status).toBe(429);
      expect((await from('[::ffff:cb00:7107]:50001')).status).toBe(429);
      expect((await from('::ffff:203.0.113.7')).status).toBe(429);
      // Another address keeps its own budget, and the hexadecimal mapped form is not one budget for everyone.
      expect((await from('::ffff:cb00:7108')).status).toBe(401);
      expect((await from('[2001:db8:1:2::1]:40000')).status).toBe(401);
    });

    it('counts every request without a usable address under one shared key, not a key each', async () => {
      const handler = createHandler({
        source: createTestSource(),
        secret: testSecret,
        clientAddressHeader: 'forwarded',
      });
      const from = (forwarded: string) => handler(postJson('/lookup', wrong, { Forwarded: forwarded }));
      for (let index = 0; index < 10; index += 1) expect((await from(`for=_hidden${index}`)).status).toBe(401);
      expect((await from('for=unknown')).status).toBe(429);
      expect((await from('for="203.0.113.7:41000"')).status).toBe(401);
      expect((await from('for="[2001:db8:cafe::17]:4711"')).status).toBe(401);
    });

    it('treats one IPv6 /64 as one address', async () => {
      const { from } = setup({ lookup: { limit: 2, windowMs: 60_000 } });
      expect((await from('2001:db8:1:2::1')).status).toBe(401);
      expect((await from('2001:db8:1:2::2')).status).toBe(401);
      expect((await from('2001:db8:1:2:ffff::3')).status).toBe(429);
    });

    it('applies a looser limit to other routes', async () => {
      const { handler } = setup({ other: { limit: 3, windowMs: 60_000 } });
      const read = () =>
        handler(new Request(`${origin}/capabilities`, { headers: { 'CF-Connecting-IP': '192.0.2.1' } }));
      for (let index = 0; index < 3; index += 1) expect((await read()).status).toBe(200);
      expect((await read()).status).toBe(429);
    });

    it('keeps per-order counts through a flood of cheap requests from fresh addresses', async () => {
      const store = createMemoryRateLimitStore({ maxKeys: 200 });
      const { handler, from } = setup({ store, perOrder: { limit: 5, windowMs: 900_000 } });
      for (let index = 0; index < 5; index += 1) expect((await from(`198.51.100.${index}`)).status).toBe(401);
      expect((await from('198.51.100.50')).status).toBe(429);
      for (let index = 0; index < 1_000; index += 1) {
        const headers = { 'CF-Connecting-IP': `10.${index >> 8}.${index & 255}.1` };
        await handler(new Request(`${origin}/capabilities`, { headers }));
      }
      expect((await from('198.51.100.51')).status).toBe(429);
    });

    it('trusts no client-written header unless one is configured', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const handler = createHandler({
        source: createTestSource(),
        secret: testSecret,
        rateLimit: { lookup: { limit: 10, windowMs: 60_000 } },
      });
      const statuses: number[] = [];
      for (let index = 0; index < 20; index += 1) {
        const headers = { 'CF-Connecting-IP': `198.51.100.${index}`, 'X-Forwarded-For': `203.0.113.${index}` };
        statuses.push((await handler(postJson('/lookup', wrong, headers))).status);
      }
      expect(statuses.filter((status) => status === 429)).toHaveLength(10);
      expect(warn.mock.calls.length).toBeLessThanOrEqual(1);
      warn.mockRestore();
    });

    it('refuses the removed trustProxy option instead of silently trusting nothing', () => {
      const options = { source: createTestSource(), secret: testSecret, trustProxy: true };
      expect(() => createHandler(options)).toThrow(/clientAddressHeader/);
    });

    it('uses an injected getClientAddress', async () => {
      const clock = { now: start };
      const handler = createHandler({
        source: createTestSource(),
        secret: testSecret,
        now: () => clock.now,
        rateLimit: { lookup: { limit: 1, windowMs: 60_000 } },
        getClientAddress: (request) => request.headers.get('fly-client-ip') ?? 'unknown',
      });
      const from = (address: string) => handler(postJson('/lookup', wrong, { 'Fly-Client-IP': address }));
      expect((await from('192.0.2.1')).status).toBe(401);
      expect((await from('192.0.2.1')).status).toBe(429);
      expect((await from('192.0.2.2')).status).toBe(401);
    });
  });
});
