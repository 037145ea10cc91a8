import { describe, expect, it } from 'vitest';
import { isInvalidResponseError } from '../../errors/InvalidResponseError.js';
import { parseModel } from '../parseModel.js';
import { capabilitiesSchema } from '../schemas/capabilitiesSchema.js';
import { ValidationIssue } from '../validate/Validator.js';

function failure(value: unknown): Error {
  try {
    parseModel(capabilitiesSchema, value, 'GET /capabilities');
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected parseModel to throw');
}

const capabilities = {
  protocol: 1,
  lookup: { email: true, postalCode: true, trackingNumber: false },
  push: false,
  alerts: null,
  issues: true,
  returns: null,
};

describe('parseModel', () => {
  it('returns the cleaned value', () => {
    expect(parseModel(capabilitiesSchema, { ...capabilities, extra: 1 }, 'x')).toEqual(capabilities);
  });

  it('names the request, the field path, what was expected and what came', () => {
    const error = failure({ ...capabilities, lookup: { ...capabilities.lookup, email: 'yes' } });
    expect(isInvalidResponseError(error)).toBe(true);
    expect(error).toMatchObject({ path: 'lookup.email' });
    expect(error.message).toBe('GET /capabilities: `lookup.email` is invalid: expected a boolean, got "yes"');
  });

  it('calls a bad root "the body"', () => {
    expect(failure('<html>').message).toBe('GET /capabilities: the body is invalid: expected an object, got "<html>"');
    expect(failure({ ...capabilities, alerts: { channels: {} } }).message).toContain(
      'expected an array, got an object',
    );
    expect(failure(undefined)).toMatchObject({ path: '' });
  });

  it('never echoes more than the start of a long string', () => {
    const error = failure({ ...capabilities, protocol: 'x'.repeat(500) });
    expect(error.message.length).toBeLessThan(150);
  });

  it('lets errors that are not validation issues through', () => {
    const boom = new TypeError('boom');
    expect(() =>
      parseModel(
        () => {
          throw boom;
        },
        {},
        'x',
      ),
    ).toThrow(boom);
    expect(new ValidationIssue('a string', 1).path).toEqual([]);
  });
});
