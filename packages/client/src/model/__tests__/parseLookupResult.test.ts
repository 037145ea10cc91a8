import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../errors/InvalidResponseError.js';
import { parseLookupResult } from '../parseLookupResult.js';
import { sampleLookupResult } from './sampleLookupResult.js';

function failure(value: unknown) {
  try {
    parseLookupResult(value);
  } catch (error) {
    return error;
  }
  throw new Error('expected parseLookupResult to throw');
}

describe('parseLookupResult', () => {
  it('returns a valid result unchanged', () => {
    expect(parseLookupResult(sampleLookupResult())).toEqual(sampleLookupResult());
  });

  it('names the path of a bad field', () => {
    const value = sampleLookupResult() as unknown as { order: { shipments: Array<{ status: { milestone: string } }> } };
    value.order.shipments[0]!.status.milestone = 'teleported';
    const error = failure(value);
    expect(isInvalidResponseError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'invalid_response', path: 'order.shipments.0.status.milestone' });
  });

  it('rejects a body that is not an object', () => {
    expect(failure('<html>')).toMatchObject({ name: 'InvalidResponseError', path: '' });
  });

  it('drops links that are not http or https instead of keeping them', () => {
    const value = sampleLookupResult();
    if (value.kind !== 'order') throw new Error('sample is an order');
    value.order.links.support = 'javascript:alert(1)';
    const parsed = parseLookupResult(value);
    expect(parsed.kind === 'order' && parsed.order.links.support).toBeUndefined();
  });

  it('drops unknown keys', () => {
    const value = { ...sampleLookupResult(), extra: 1 };
    expect(parseLookupResult(value)).not.toHaveProperty('extra');
  });

  it('turns a tag that cannot become a string into an InvalidResponseError', () => {
    const value = sampleLookupResult() as unknown as { order: { placedAt: { kind: unknown } } };
    value.order.placedAt.kind = { toString: 0 };
    expect(failure(value)).toMatchObject({ name: 'InvalidResponseError', path: 'order.placedAt.kind' });
  });
});
