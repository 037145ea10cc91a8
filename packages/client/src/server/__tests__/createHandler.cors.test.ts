import { describe, expect, it } from 'vitest';
import { createHandler } from '../createHandler.js';
import { createTestSource, testSecret } from './createTestSource.js';
import { origin, postJson } from './requests.js';

const allowed = 'https://www.shop.example';
const setup = (cors?: Parameters<typeof createHandler>[0]['cors']) =>
  createHandler({ source: createTestSource(), secret: testSecret, rateLimit: false, cors });
const preflight = (from: string, path = '/lookup') =>
  new Request(`${origin}${path}`, {
    method: 'OPTIONS',
    headers: {
      Origin: from,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    },
  });

describe('createHandler', () => {
  describe('CORS', () => {
    it('echoes an allowed origin, exposes ETag and Retry-After, and lets that origin read the timing', async () => {
      const response = await setup({ origins: [allowed] })(
        new Request(`${origin}/capabilities`, { headers: { Origin: allowed } }),
      );
      expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
      expect(response.headers.get('access-control-expose-headers')).toBe('ETag, Retry-After');
      expect(response.headers.get('timing-allow-origin')).toBe(allowed);
      expect(response.headers.get('vary')).toContain('Origin');
    });

    it('sends no CORS headers for a disallowed origin, or without the cors option', async () => {
      for (const handler of [setup({ origins: [allowed] }), setup()]) {
        const response = await handler(
          postJson('/lookup', { trackingNumber: '1Z999AA10123456784' }, { Origin: 'https://evil.example' }),
        );
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
        expect(response.headers.get('timing-allow-origin')).toBeNull();
        expect(response.headers.get('vary')).toContain('Origin');
      }
    });

    it('answers an allowed preflight with 204 and the grants of that route', async () => {
      const response = await setup({ origins: [allowed], maxAge: 120 })(preflight(allowed));
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
      expect(response.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
      expect(response.headers.get('access-control-allow-headers')).toContain('Authorization');
      expect(response.headers.get('access-control-allow-headers')).toContain('Content-Type');
      expect(response.headers.get('access-control-max-age')).toBe('120');
    });

    it('answers a disallowed preflight with 403 and no CORS headers', async () => {
      for (const handler of [setup({ origins: [allowed] }), setup()]) {
        const response = await handler(preflight('https://evil.example'));
        expect(response.status).toBe(403);
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
        expect(response.headers.get('access-control-allow-methods')).toBeNull();
      }
    });

    it('accepts a predicate and the opaque origin never passes', async () => {
      const handler = setup({ origins: (from) => from.endsWith('.shop.example') });
      expect((await handler(preflight('https://eu.shop.example'))).status).toBe(204);
      expect((await handler(preflight('https://shop.example.evil.example'))).status).toBe(403);
      expect((await setup({ origins: ['*'] })(preflight('null'))).status).toBe(403);
    });

    it('answers 404 to a preflight for a path the protocol does not have', async () => {
      expect((await setup({ origins: [allowed] })(preflight(allowed, '/admin'))).status).toBe(404);
    });
  });
});
