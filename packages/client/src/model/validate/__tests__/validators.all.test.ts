import { describe, expect, it } from 'vitest';
import { ValidationIssue, type Validator } from '../Validator.js';
import * as v from '../validators.js';

/** Every issue `validator` reports for `value`, as `path: expected`. */
function issues(validator: Validator<unknown>, value: unknown): string[] {
  try {
    validator(value);
  } catch (error) {
    if (!(error instanceof ValidationIssue)) throw error;
    return (error.issues ?? [error]).map((issue) => `${issue.path.join('.')}: ${issue.expected}`);
  }
  throw new Error('expected a ValidationIssue');
}

const line = v.object<{ id: string; quantity: number }>({ id: v.string, quantity: v.integer(1) });
const order = v.object<{ id: string; lines: Array<{ id: string; quantity: number }> }>({
  id: v.string,
  lines: v.array(line),
});

describe('validators.all', () => {
  it('lists every bad field with its path, nested objects and arrays included', () => {
    const value = { id: 7, lines: [{ id: 'a', quantity: 0 }, { quantity: 1 }, { id: 'c', quantity: 2 }] };
    expect(issues(v.all(order), value)).toEqual([
      'id: a string',
      'lines.0.quantity: an integer from 1 to Infinity',
      'lines.1.id: a string',
    ]);
  });

  it('stops at the first bad field outside collect-all mode', () => {
    const value = { id: 7, lines: [{ id: 'a', quantity: 0 }] };
    expect(issues(order, value)).toEqual(['id: a string']);
  });

  it('returns the same cleaned value as the first-issue mode', () => {
    const value = { id: 'o', lines: [{ id: 'a', quantity: 1, extra: true }], extra: 1 };
    expect(v.all(order)(value)).toEqual(order(value));
    expect(v.all(order)(value)).toEqual({ id: 'o', lines: [{ id: 'a', quantity: 1 }] });
  });

  it('reports a bad root value as a single issue', () => {
    expect(issues(v.all(order), null)).toEqual([': an object']);
  });

  it('leaves the first-issue mode on after a collect-all run that threw', () => {
    expect(() => v.all(order)({})).toThrow(ValidationIssue);
    expect(issues(order, { lines: 1 })).toEqual(['id: a string']);
  });
});
