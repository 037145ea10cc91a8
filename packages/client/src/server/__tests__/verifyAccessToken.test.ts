import { describe, expect, it } from 'vitest';
import { isVerificationError } from '../../errors/VerificationError.js';
import { createAccessToken } from '../createAccessToken.js';
import { encodeBase64Url } from '../encodeBase64Url.js';
import { verifyAccessToken } from '../verifyAccessToken.js';
import { testSecret } from './createTestSource.js';

const now = Date.parse('2025-01-01T00:00:00Z');
const mint = () => createAccessToken({ secret: testSecret, kind: 'order', id: 'ord_1', now });
const encode = (value: unknown) => encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));

describe('verifyAccessToken', () => {
  it('returns the grant of a valid token', async () => {
    const { token } = await mint();
    await expect(verifyAccessToken(token, { secret: testSecret, now })).resolves.toEqual({
      k: 'order',
      id: 'ord_1',
      exp: now / 1000 + 900,
    });
  });

  it('accepts only the canonical spelling of the signature and payload', async () => {
    const { token } = await mint();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // A 32-byte signature is 43 characters: the last one carries 4 bits of data and 2 unused bits.
    const respell = (text: string) => {
      const last = alphabet.indexOf(text.at(-1) ?? '');
      return [1, 2, 3].map((unused) => `${text.slice(0, -1)}${alphabet[last ^ unused]}`);
    };
    const [payload = '', signature = ''] = token.split('.');
    expect(signature).toHaveLength(43);
    const variants = [
      ...respell(signature).map((spelling) => `${payload}.${spelling}`),
      ...(payload.length % 4 === 0 ? [] : respell(payload).map((spelling) => `${spelling}.${signature}`)),
    ];
    for (const variant of variants) {
      await expect(verifyAccessToken(variant, { secret: testSecret, now })).rejects.toSatisfy(isVerificationError);
    }
  });

  it('refuses a token whose payload was changed to another order', async () => {
    const { token } = await mint();
    const [, signature] = token.split('.');
    const forged = `${encode({ k: 'order', id: 'ord_2', exp: now / 1000 + 900 })}.${signature}`;
    await expect(verifyAccessToken(forged, { secret: testSecret, now })).rejects.toSatisfy(isVerificationError);
  });

  it('refuses a token whose expiry was extended', async () => {
    const { token } = await mint();
    const [, signature] = token.split('.');
    const forged = `${encode({ k: 'order', id: 'ord_1', exp: now / 1000 + 99_999 })}.${signature}`;
    await expect(verifyAccessToken(forged, { secret: testSecret, now })).rejects.toSatisfy(isVerificationError);
  });

  it('refuses a flipped signature character, another secret, and malformed tokens', async () => {
    const { token } = await mint();
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    const cases = [
      `${token.slice(0, -1)}${last}`,
      '',
      'abc',
      'a.b.c',
      `${token}.extra`,
      `${token.split('.')[0]}.`,
      `.${token.split('.')[1]}`,
      `${token.split('.')[0]}.!!!`,
      'x'.repeat(5000),
    ];
    for (const candidate of cases) {
      await expect(verifyAccessToken(candidate, { secret: testSecret, now })).rejects.toSatisfy(isVerificationError);
    }
    await expect(verifyAccessToken(token, { secret: `${testSecret}-other`, now })).rejects.toSatisfy(
      isVerificationError,
    );
  });

  it('refuses an expired token at its expiry second', async () => {
    const { token } = await mint();
    await expect(verifyAccessToken(token, { secret: testSecret, now: now + 899_999 })).resolves.toBeTruthy();
    await expect(verifyAccessToken(token, { secret: testSecret, now: now + 900_000 })).rejects.toSatisfy(
      isVerificationError,
    );
  });

  it('accepts tokens of an older secret during a rotation', async () => {
    const { token } = await mint();
    const secret = [`${testSecret}-new`, testSecret];
    await expect(verifyAccessToken(token, { secret, now })).resolves.toMatchObject({ id: 'ord_1' });
  });

  it('checks a signature once yet still refuses the token under another secret or after it expires', async () => {
    const { token } = await createAccessToken({ secret: testSecret, kind: 'order', id: 'ord_memo', now });
    const first = await verifyAccessToken(token, { secret: testSecret, now });
    first.id = 'changed by a caller';
    await expect(verifyAccessToken(token, { secret: testSecret, now })).resolves.toMatchObject({ id: 'ord_memo' });
    await expect(verifyAccessToken(token, { secret: `${testSecret}-other`, now })).rejects.toSatisfy(
      isVerificationError,
    );
    await expect(verifyAccessToken(token, { secret: testSecret, now: now + 900_000 })).rejects.toSatisfy(
      isVerificationError,
    );
  });
});
