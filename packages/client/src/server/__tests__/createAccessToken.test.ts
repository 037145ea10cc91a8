import { describe, expect, it } from 'vitest';
import { isVerificationError } from '../../errors/VerificationError.js';
import { createAccessToken } from '../createAccessToken.js';
import { decodeBase64Url } from '../decodeBase64Url.js';
import { verifyAccessToken } from '../verifyAccessToken.js';
import { testSecret } from './createTestSource.js';

const now = Date.parse('2025-01-01T00:00:00Z');

describe('createAccessToken', () => {
  it('signs a base64url payload with the kind, id, order and expiry', async () => {
    const access = await createAccessToken({ secret: testSecret, kind: 'return', id: 'ret_1', orderId: 'ord_1', now });
    const [payload, signature] = access.token.split('.');
    expect(access.token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(JSON.parse(new TextDecoder().decode(decodeBase64Url(payload ?? '')!))).toEqual({
      k: 'return',
      id: 'ret_1',
      o: 'ord_1',
      exp: now / 1000 + 900,
    });
    expect(signature).toHaveLength(43);
    expect(access.expiresAt).toBe('2025-01-01T00:15:00.000Z');
  });

  it('mints a seven-day deep-link token that verifies for seven days', async () => {
    const week = 7 * 24 * 60 * 60;
    const { token, expiresAt } = await createAccessToken({
      secret: testSecret,
      kind: 'order',
      id: 'ord_1',
      ttlSeconds: week,
      now,
    });
    expect(expiresAt).toBe('2025-01-08T00:00:00.000Z');
    await expect(verifyAccessToken(token, { secret: testSecret, now: now + (week - 1) * 1000 })).resolves.toMatchObject(
      {
        k: 'order',
        id: 'ord_1',
      },
    );
    await expect(verifyAccessToken(token, { secret: testSecret, now: now + week * 1000 })).rejects.toSatisfy(
      isVerificationError,
    );
  });

  it('refuses a short secret and a non-positive lifetime', async () => {
    await expect(createAccessToken({ secret: 'short', kind: 'order', id: 'ord_1' })).rejects.toThrow(/32 characters/);
    await expect(createAccessToken({ secret: testSecret, kind: 'order', id: 'ord_1', ttlSeconds: 0 })).rejects.toThrow(
      /ttlSeconds/,
    );
  });
});
