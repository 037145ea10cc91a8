import { describe, expect, it } from 'vitest';
import { createHandler } from '../createHandler.js';
import { verifyAccessToken } from '../verifyAccessToken.js';
import { createTestSource, testSecret } from './createTestSource.js';
import { postJson, readJson } from './requests.js';

const now = Date.parse('2025-01-01T00:00:00Z');
const setup = (without: Parameters<typeof createTestSource>[0] = []) =>
  createHandler({ source: createTestSource(without), secret: testSecret, now: () => now, rateLimit: false });

describe('createHandler', () => {
  describe('POST /lookup', () => {
    it('answers an order lookup with the order and a 15-minute token scoped to it', async () => {
      const response = await setup()(postJson('/lookup', { orderNumber: 'W1001', email: 'shopper@example.com' }));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = await readJson(response);
      expect(body).toMatchObject({ kind: 'order', order: { id: 'ord_1', number: 'W1001' } });
      expect(body.access.expiresAt).toBe('2025-01-01T00:15:00.000Z');
      await expect(verifyAccessToken(body.access.token, { secret: testSecret, now })).resolves.toMatchObject({
        k: 'order',
        id: 'ord_1',
      });
    });

    it('carries the same capabilities as GET /capabilities, so a client needs no second round trip', async () => {
      const handler = setup();
      const body = await readJson(await handler(postJson('/lookup', { orderNumber: 'W1001', postalCode: '94107' })));
      const capabilities = await readJson(await handler(new Request('https://shop.example/capabilities')));
      expect(body.capabilities).toEqual(capabilities);
      expect(body.capabilities.protocol).toBe(1);
    });

    it('succeeds when email and postal code differ only in case, spaces and hyphens', async () => {
      const handler = setup();
      const byEmail = await handler(postJson('/lookup', { orderNumber: ' w1001 ', email: '  Shopper@Example.COM ' }));
      expect(byEmail.status).toBe(200);
      const byPostalCode = await handler(postJson('/lookup', { orderNumber: 'W1002', postalCode: 'sw1a-1aa' }));
      expect(byPostalCode.status).toBe(200);
      expect((await readJson(byPostalCode)).order.id).toBe('ord_2');
    });

    it('answers 401 verification_failed for a wrong email or a wrong postal code', async () => {
      const handler = setup();
      for (const body of [
        { orderNumber: 'W1001', email: 'other@example.com' },
        { orderNumber: 'W1001', postalCode: '94108' },
      ]) {
        const response = await handler(postJson('/lookup', body));
        expect(response.status).toBe(401);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        const problem = await readJson(response);
        expect(problem.code).toBe('verification_failed');
        expect(JSON.stringify(problem)).not.toMatch(/shopper@example|94107|Ada/);
      }
    });

    it('answers 404 not_found for an unknown order number', async () => {
      const response = await setup()(postJson('/lookup', { orderNumber: 'W9999', email: 'shopper@example.com' }));
      expect(response.status).toBe(404);
      expect((await readJson(response)).code).toBe('not_found');
    });

    it('returns only the parcel, with no personal data, for a tracking-number lookup', async () => {
      const response = await setup()(postJson('/lookup', { trackingNumber: '1Z999AA10123456784' }));
      expect(response.status).toBe(200);
      const body = await readJson(response);
      expect(Object.keys(body).sort()).toEqual(['access', 'capabilities', 'kind', 'shipment']);
      expect(body.kind).toBe('shipment');
      const text = JSON.stringify(body);
      for (const secret of ['Ada', 'shopper@example.com', 'W1001', 'ord_1', '94107', '1 Main St']) {
        expect(text).not.toContain(secret);
      }
      expect(body.shipment.events[0].location).toEqual({ city: 'San Francisco', region: 'CA', country: 'US' });
      expect(body.shipment.pickupPoint).toEqual({ name: 'Corner Shop', hours: '9–5' });
      const grant = await verifyAccessToken(body.access.token, { secret: testSecret, now });
      expect(grant).toEqual({ k: 'shipment', id: 'shp_1', exp: now / 1000 + 900 });
    });

    it('answers a token lookup with the record and the same token, keeping its expiry', async () => {
      const handler = setup();
      const first = await readJson(await handler(postJson('/lookup', { orderNumber: 'W1001', postalCode: '94107' })));
      const response = await handler(postJson('/lookup', { token: first.access.token }));
      expect(response.status).toBe(200);
      expect(await readJson(response)).toMatchObject({ kind: 'order', access: first.access });
      const refused = await handler(postJson('/lookup', { token: `${first.access.token}x` }));
      expect(refused.status).toBe(401);
    });

    it('refuses bodies that are not exactly one lookup form', async () => {
      const handler = setup();
      const cases: Array<[unknown, string]> = [
        [{}, ''],
        [{ orderNumber: 'W1001' }, ''],
        [{ orderNumber: 'W1001', email: 'a@b.co', postalCode: '94107' }, ''],
        [{ trackingNumber: '1Z', token: 'x' }, ''],
        [{ orderNumber: 'W1001', email: 'a@b.co', extra: 1 }, 'extra'],
        [{ orderNumber: 'W1001', email: 'not-an-email' }, 'email'],
        [{ orderNumber: 'W1001', email: 42 }, 'email'],
        [{ orderNumber: 'W'.repeat(65), email: 'a@b.co' }, 'orderNumber'],
        [{ orderNumber: 'W1001', postalCode: '<script>' }, 'postalCode'],
        [{ trackingNumber: '1Z/../x' }, 'trackingNumber'],
        [{ trackingNumber: '1Z22', carrier: 'ups\ud800' }, 'carrier'],
        [{ orderNumber: 'W1001\udc00', email: 'a@b.co' }, 'orderNumber'],
      ];
      for (const [body, field] of cases) {
        const response = await handler(postJson('/lookup', body));
        expect(response.status, JSON.stringify(body)).toBe(400);
        const problem = await readJson(response);
        expect(problem.code).toBe('invalid_request');
        expect(problem.errors.map((error: { field: string }) => error.field)).toContain(field);
      }
    });

    it('answers 501 unsupported for a form the source cannot serve', async () => {
      const handler = setup(['findShipment']);
      const response = await handler(postJson('/lookup', { trackingNumber: '1Z999AA10123456784' }));
      expect(response.status).toBe(501);
      expect((await readJson(response)).code).toBe('unsupported');
    });
  });
});
