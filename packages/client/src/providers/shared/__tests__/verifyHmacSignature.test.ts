import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyHmacSignature } from '../verifyHmacSignature.js';

const body = '{"msg":{"tag":"Delivered"}}';
const sign = (encoding: 'base64' | 'hex') => createHmac('sha256', 's3cret').update(body).digest(encoding);

describe('verifyHmacSignature', () => {
  it('accepts a base64 and a hex signature of the body', async () => {
    expect(await verifyHmacSignature({ secret: 's3cret', body, signature: sign('base64'), encoding: 'base64' })).toBe(
      true,
    );
    expect(await verifyHmacSignature({ secret: 's3cret', body, signature: sign('hex'), encoding: 'hex' })).toBe(true);
  });

  it('refuses a signature of another body, another secret or garbage', async () => {
    expect(
      await verifyHmacSignature({ secret: 's3cret', body: `${body} `, signature: sign('base64'), encoding: 'base64' }),
    ).toBe(false);
    expect(await verifyHmacSignature({ secret: 'other', body, signature: sign('hex'), encoding: 'hex' })).toBe(false);
    expect(await verifyHmacSignature({ secret: 's3cret', body, signature: 'zz', encoding: 'hex' })).toBe(false);
    expect(await verifyHmacSignature({ secret: 's3cret', body, signature: '', encoding: 'base64' })).toBe(false);
  });

  it('refuses everything when the secret is empty', async () => {
    const signature = createHmac('sha256', '').update(body).digest('hex');
    expect(await verifyHmacSignature({ secret: '', body, signature, encoding: 'hex' })).toBe(false);
  });
});
