import { describe, expect, it } from 'vitest';
import { InvalidResponseError } from '../../../errors/InvalidResponseError.js';
import { readPath } from '../readPath.js';

function catchError(run: () => unknown): InvalidResponseError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidResponseError) return error;
    throw error;
  }
  throw new Error('expected an InvalidResponseError');
}

describe('readPath', () => {
  const payload = { data: { tracking: { tag: 'Delivered', checkpoints: [{ message: 42 }], count: 3 } } };

  it('reads nested values by path', () => {
    const tracking = readPath(payload, 'test').at('data').at('tracking');
    expect(tracking.at('tag').nonEmptyString()).toBe('Delivered');
    expect(tracking.at('count').optionalNumber()).toBe(3);
    expect(tracking.at('missing').optionalString()).toBeUndefined();
  });

  it('names the dotted path of a field with the wrong type', () => {
    const error = catchError(() =>
      readPath(payload, 'test').at('data').at('tracking').at('checkpoints').array()[0]?.at('message').string(),
    );
    expect(error.path).toBe('data.tracking.checkpoints.0.message');
    expect(error.message).toContain('expected a string, got a number');
  });

  it('throws when a required value is missing', () => {
    expect(catchError(() => readPath({}, 'test').at('tracking_number').nonEmptyString()).path).toBe('tracking_number');
  });

  it('throws when a scalar stands where an object is navigated', () => {
    expect(catchError(() => readPath({ data: 'x' }, 'test').at('data').at('tracking')).path).toBe('data');
  });

  it('treats null and absent arrays as empty but refuses other types', () => {
    expect(readPath({ list: null }, 'test').at('list').optionalArray()).toEqual([]);
    expect(catchError(() => readPath({ list: 'x' }, 'test').at('list').optionalArray()).path).toBe('list');
  });

  it('refuses an array where an object is expected', () => {
    expect(catchError(() => readPath([1], 'test').object()).path).toBe('');
  });

  it('stringifies numbers in optional strings (type drift)', () => {
    expect(readPath({ zip: 94107 }, 'test').at('zip').optionalString()).toBe('94107');
  });
});
