import { describe, expect, it } from 'vitest';
import { createAccessToken } from '../createAccessToken.js';
import { createHandler } from '../createHandler.js';
import { createTestSource, testSecret } from './createTestSource.js';
import { getWithToken, postJson, readJson } from './requests.js';

const start = Date.parse('2025-01-01T00:00:00Z');

function setup() {
  const clock = { now: start };
  const source = createTestSource();
  const handler = createHandler({ source, secret: testSecret, now: () => clock.now, rateLimit: false });
  const lookup = async (body: unknown = { orderNumber: 'W1001', email: 'shopper@example.com' }) =>
    (await readJson(await handler(postJson('/lookup', body)))).access.token as string;
  return { clock, source, handler, lookup };
}

describe('createHandler', () => {
  describe('GET /{kind}s/{id}', () => {
    it('reads the record with a strong ETag and private, no-cache', async () => {
      const { handler, lookup } = setup();
      const response = await handler(getWithToken('/orders/ord_1', await lookup()));
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      expect(response.headers.get('cache-control')).toBe('private, no-cache');
      expect(await readJson(response)).toMatchObject({ kind: 'order', order: { id: 'ord_1' } });
    });

    it('answers 304 with no body while If-None-Match matches, and 200 once the record changed', async () => {
      const { handler, lookup, source } = setup();
      const token = await lookup();
      const etag = (await handler(getWithToken('/orders/ord_1', token))).headers.get('etag')!;
      const cached = await handler(getWithToken('/orders/ord_1', token, { 'If-None-Match': etag }));
      expect(cached.status).toBe(304);
      expect(await cached.text()).toBe('');
      expect(cached.headers.get('etag')).toBe(etag);
      expect((await handler(getWithToken('/orders/ord_1', token, { 'If-None-Match': `W/${etag}` }))).status).toBe(304);
      source.orders.get('ord_1')!.status = { milestone: 'delivered', exception: null };
      const changed = await handler(getWithToken('/orders/ord_1', token, { 'If-None-Match': etag }));
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
    });

    it('answers 401 for a missing, malformed or tampered token', async () => {
      const { handler, lookup } = setup();
      const token = await lookup();
      for (const request of [
        getWithToken('/orders/ord_1'),
        getWithToken('/orders/ord_1', ''),
        getWithToken('/orders/ord_1', `${token.slice(0, -2)}AA`),
        getWithToken('/orders/ord_1', undefined, { Authorization: `Basic ${token}` }),
      ]) {
        const response = await handler(request);
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer');
        expect((await readJson(response)).code).toBe('verification_failed');
      }
    });

    it('answers 401 once the token expired, after 15 minutes by default', async () => {
      const { handler, lookup, clock } = setup();
      const token = await lookup();
      clock.now = start + 14 * 60_000;
      expect((await handler(getWithToken('/orders/ord_1', token))).status).toBe(200);
      clock.now = start + 15 * 60_000;
      expect((await handler(getWithToken('/orders/ord_1', token))).status).toBe(401);
    });

    it('keeps an order token from reading another order or its parcels', async () => {
      const { handler, lookup } = setup();
      const token = await lookup();
      for (const path of ['/orders/ord_2', '/shipments/shp_2', '/returns/ret_ord_2', '/orders/does-not-exist']) {
        const response = await handler(getWithToken(path, token));
        expect(response.status, path).toBe(401);
        expect((await readJson(response)).code).toBe('verification_failed');
      }
    });

    it('lets an order token read the order’s own shipments and returns, in full', async () => {
      const { handler, lookup } = setup();
      const token = await lookup();
      const shipment = await handler(getWithToken('/shipments/shp_1', token));
      expect(shipment.status).toBe(200);
      expect((await readJson(shipment)).shipment.events[0].location.postalCode).toBe('94107');
      const ret = await handler(getWithToken('/returns/ret_ord_1', token));
      expect(ret.status).toBe(200);
      expect((await handler(getWithToken('/shipments/shp_ret_ord_1', token))).status).toBe(200);
    });

    it('keeps a tracking-number token to its parcel and its public view', async () => {
      const { handler, lookup } = setup();
      const token = await lookup({ trackingNumber: '1Z999AA10123456784' });
      const response = await handler(getWithToken('/shipments/shp_1', token));
      expect(response.status).toBe(200);
      const body = await readJson(response);
      expect(body.shipment.events[0].location.postalCode).toBeUndefined();
      expect(body.shipment.pickupPoint.address).toBeUndefined();
      expect((await handler(getWithToken('/orders/ord_1', token))).status).toBe(401);
    });

    it('answers 404 for a record the token covers but the source no longer has', async () => {
      const { handler, source } = setup();
      const { token } = await createAccessToken({ secret: testSecret, kind: 'order', id: 'ord_gone', now: start });
      expect(source.orders.has('ord_gone')).toBe(false);
      const response = await handler(getWithToken('/orders/ord_gone', token));
      expect(response.status).toBe(404);
    });

    it('accepts a retailer-minted seven-day deep-link token', async () => {
      const { handler, clock } = setup();
      const { token } = await createAccessToken({
        secret: testSecret,
        kind: 'order',
        id: 'ord_1',
        ttlSeconds: 7 * 86_400,
        now: start,
      });
      clock.now = start + 6 * 86_400_000;
      expect((await handler(postJson('/lookup', { token }))).status).toBe(200);
      expect((await handler(getWithToken('/orders/ord_1', token))).status).toBe(200);
    });
  });
});
