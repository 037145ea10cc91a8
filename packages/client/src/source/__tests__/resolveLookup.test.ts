import { describe, expect, it } from 'vitest';
import { isInvalidRequestError } from '../../errors/InvalidRequestError.js';
import { isNotFoundError } from '../../errors/NotFoundError.js';
import { isUnsupportedError } from '../../errors/UnsupportedError.js';
import { isVerificationError } from '../../errors/VerificationError.js';
import { resolveLookup } from '../resolveLookup.js';
import { memorySource } from './memorySource.js';

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('resolveLookup', () => {
  it('finds an order by number and email, ignoring case and surrounding spaces', async () => {
    const { source, calls } = memorySource();
    const resource = await resolveLookup(source, { orderNumber: '  w1001 ', email: ' SHOPPER@example.COM ' }, {});
    expect(resource).toMatchObject({ kind: 'order', order: { number: 'W1001' } });
    expect(calls).toEqual(['findOrder w1001']);
  });

  it('finds an order by postal code without spaces or hyphens, in any case', async () => {
    const { source } = memorySource();
    const resource = await resolveLookup(source, { orderNumber: 'W1001', postalCode: '94107 1234' }, {});
    expect(resource.kind).toBe('order');
  });

  it('matches a US ZIP to the ZIP+4 on file, and a ZIP+4 to the ZIP', async () => {
    const { source } = memorySource();
    for (const postalCode of ['94107', '94107-1234', '941071234']) {
      const resource = await resolveLookup(source, { orderNumber: 'W1001', postalCode }, {});
      expect(resource.kind, postalCode).toBe('order');
    }
    expect(
      isVerificationError(await failure(resolveLookup(source, { orderNumber: 'W1001', postalCode: '94108-1234' }, {}))),
    ).toBe(true);
  });

  it('refuses a wrong email or postal code with a VerificationError', async () => {
    const { source } = memorySource();
    expect(
      isVerificationError(await failure(resolveLookup(source, { orderNumber: 'W1001', email: 'x@example.com' }, {}))),
    ).toBe(true);
    expect(
      isVerificationError(await failure(resolveLookup(source, { orderNumber: 'W1001', postalCode: '94108' }, {}))),
    ).toBe(true);
  });

  it('answers NotFoundError for an unknown order', async () => {
    const { source } = memorySource();
    const error = await failure(resolveLookup(source, { orderNumber: 'W9999', email: 'shopper@example.com' }, {}));
    expect(isNotFoundError(error)).toBe(true);
  });

  it('returns only the parcel for a tracking number', async () => {
    const { source } = memorySource();
    const resource = await resolveLookup(source, { trackingNumber: ' 1Z999AA10123456784 ' }, {});
    expect(resource.kind).toBe('shipment');
    expect(Object.keys(resource)).toEqual(['kind', 'shipment']);
    expect(isNotFoundError(await failure(resolveLookup(source, { trackingNumber: 'nope' }, {})))).toBe(true);
  });

  it('rejects malformed queries with the field', async () => {
    const { source } = memorySource();
    const error = await failure(resolveLookup(source, { orderNumber: 'W1001', email: '  ' }, {}));
    expect(isInvalidRequestError(error)).toBe(true);
    expect(error).toMatchObject({ fields: [{ field: 'email' }] });
    expect(isInvalidRequestError(await failure(resolveLookup(source, null as never, {})))).toBe(true);
  });

  it('answers UnsupportedError for a form the source cannot serve', async () => {
    const { source } = memorySource();
    delete source.findShipment;
    expect(isUnsupportedError(await failure(resolveLookup(source, { trackingNumber: '1Z' }, {})))).toBe(true);
  });
});
