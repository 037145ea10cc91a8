import { describe, expect, it } from 'vitest';
import { ValidationIssue, type Validator } from '../Validator.js';
import * as v from '../validators.js';

/** The issue a validator throws for `value`. */
function issue(validator: Validator<unknown>, value: unknown): ValidationIssue {
  try {
    validator(value);
  } catch (error) {
    if (error instanceof ValidationIssue) return error;
    throw error;
  }
  throw new Error('expected a ValidationIssue');
}

describe('validators', () => {
  it('accepts the right primitive and names what it expected otherwise', () => {
    expect(v.string('a')).toBe('a');
    expect(v.boolean(false)).toBe(false);
    expect(v.number(-1.5)).toBe(-1.5);
    expect(issue(v.string, 1)).toMatchObject({ expected: 'a string', value: 1, path: [] });
    expect(issue(v.boolean, 'true').expected).toBe('a boolean');
  });

  it('refuses numbers that are not finite', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, '1', null]) {
      expect(issue(v.number, value).expected).toBe('a finite number');
    }
  });

  it('checks integer ranges, inclusive', () => {
    const offset = v.integer(-1080, 1080);
    expect(offset(-1080)).toBe(-1080);
    expect(offset(1080)).toBe(1080);
    for (const value of [1081, 1.5, '0']) expect(issue(offset, value).expected).toBe('an integer from -1080 to 1080');
    expect(v.integer(0)(1e9)).toBe(1e9);
    expect(() => v.integer(0)(-1)).toThrow(ValidationIssue);
  });

  it('accepts only listed values in picklist and literal', () => {
    const direction = v.picklist(['outbound', 'return']);
    expect(direction('return')).toBe('return');
    expect(issue(direction, 'sideways').expected).toBe('one of outbound, return');
    expect(v.literal(1)(1)).toBe(1);
    expect(() => v.literal(1)('1')).toThrow(ValidationIssue);
  });

  it('runs checks and patterns after the base validator', () => {
    const code = v.regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code');
    expect(code('EUR')).toBe('EUR');
    expect(issue(code, 'eur').expected).toBe('an ISO 4217 currency code');
    expect(issue(code, 3).expected).toBe('a string');
    const even = v.check(v.number, (value) => value % 2 === 0, 'an even number');
    expect(issue(even, 3)).toMatchObject({ expected: 'an even number', value: 3 });
  });

  it('tells optional, nullable and nullish apart', () => {
    expect(v.optional(v.string)(undefined)).toBeUndefined();
    expect(() => v.optional(v.string)(null)).toThrow(ValidationIssue);
    expect(v.nullable(v.string)(null)).toBeNull();
    expect(() => v.nullable(v.string)(undefined)).toThrow(ValidationIssue);
    expect(v.nullish(v.string)(null)).toBeNull();
    expect(v.nullish(v.string)(undefined)).toBeUndefined();
  });

  it('drops unknown keys and leaves out keys whose value is undefined', () => {
    const point = v.object<{ x: number; label?: string }>({ x: v.number, label: v.optional(v.string) });
    const output = point({ x: 1, y: 2, label: undefined });
    expect(output).toEqual({ x: 1 });
    expect(Object.keys(output)).toEqual(['x']);
    expect(issue(point, null).expected).toBe('an object');
  });

  it('builds objects in schema key order, whatever the input order', () => {
    const pair = v.object<{ a: number; b: number }>({ a: v.number, b: v.number });
    expect(Object.keys(pair({ b: 1, a: 2 }))).toEqual(['a', 'b']);
  });

  it('reports the dotted path of the first bad field through objects and arrays', () => {
    const list = v.object<{ items: Array<{ id: string }> }>({ items: v.array(v.object({ id: v.string })) });
    expect(issue(list, { items: [{ id: 'a' }, { id: 'b' }, { id: 3 }, { id: 4 }] }).path).toEqual(['items', 2, 'id']);
    expect(issue(list, { items: 'a' })).toMatchObject({ path: ['items'], expected: 'an array' });
  });

  it('picks the variant by its tag and reports an unknown tag at that key', () => {
    type Shape = { kind: 'circle'; r: number } | { kind: 'square'; side: number };
    const shape: Validator<Shape> = v.variant('kind', {
      circle: v.object({ kind: v.literal('circle'), r: v.number }),
      square: v.object({ kind: v.literal('square'), side: v.number }),
    });
    expect(shape({ kind: 'square', side: 2, r: 1 })).toEqual({ kind: 'square', side: 2 });
    expect(issue(shape, { kind: 'square', r: 1 }).path).toEqual(['side']);
    for (const kind of ['triangle', 'toString', '__proto__', undefined]) {
      expect(issue(shape, { kind })).toMatchObject({ path: ['kind'], expected: 'one of circle, square' });
    }
    expect(issue(shape, [1]).path).toEqual(['kind']);
    expect(issue(shape, 'circle')).toMatchObject({ path: [], expected: 'an object' });
  });

  it('merges two validators with and', () => {
    const named = v.and(v.object<{ a: number }>({ a: v.number }), v.object<{ b: string }>({ b: v.string }));
    expect(named({ a: 1, b: 'x', c: true })).toEqual({ a: 1, b: 'x' });
    expect(issue(named, { a: 1 }).path).toEqual(['b']);
  });

  it('keeps http and https links and drops any other scheme', () => {
    const links = v.object<{ url?: string }>({ url: v.httpUrl });
    expect(links({ url: 'https://www.ups.com/track' })).toEqual({ url: 'https://www.ups.com/track' });
    expect(links({ url: 'HTTP://example.com' })).toEqual({ url: 'HTTP://example.com' });
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '//example.com', 'https://']) {
      expect(links({ url })).toEqual({});
    }
    expect(links({})).toEqual({});
    expect(issue(links, { url: 1 })).toMatchObject({ path: ['url'], expected: 'a string' });
  });
});
