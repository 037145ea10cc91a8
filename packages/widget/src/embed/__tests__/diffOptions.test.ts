import { describe, expect, it } from 'vitest';
import { diffOptions } from '../diffOptions.js';

describe('diffOptions', () => {
  it('returns null when every option is the same value', () => {
    const brand = { name: 'Acme' };
    expect(diffOptions({ order: 'W1', brand }, { order: 'W1', brand })).toBeNull();
  });

  it('patches changed values, compared by identity', () => {
    expect(diffOptions({ order: 'W1', brand: { name: 'A' } }, { order: 'W2', brand: { name: 'A' } })).toEqual({
      order: 'W2',
      brand: { name: 'A' },
    });
  });

  it('patches a removed option as undefined', () => {
    const patch = diffOptions({ order: 'W1', locale: 'es' }, { order: 'W1' });
    expect(patch).toEqual({ locale: undefined });
    expect(patch && 'locale' in patch).toBe(true);
  });
});
