import { describe, expect, it } from 'vitest';
import { getText } from '../getText.js';
import { readPath } from '../readPath.js';

const read = (value: unknown) => getText(readPath({ value }, 'payload').at('value'));

describe('getText', () => {
  it('trims the string and decodes its entities', () => {
    expect(read('  Tom &amp; Jerry&#153; ')).toBe('Tom & Jerry™');
  });

  it('reads empty, blank, null and absent values as undefined', () => {
    expect([read(''), read('   '), read(null), read(undefined)]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('accepts a number where a string was expected, as providers drift', () => {
    expect(read(38118)).toBe('38118');
  });

  it('throws an InvalidResponseError naming the field for an object', () => {
    expect(() => read({ text: 'x' })).toThrow(expect.objectContaining({ name: 'InvalidResponseError', path: 'value' }));
  });
});
