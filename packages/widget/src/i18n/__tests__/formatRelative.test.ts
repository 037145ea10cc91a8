import { describe, expect, it } from 'vitest';
import { formatRelative } from '../formatRelative.js';

describe('formatRelative', () => {
  it('says a distance in its largest whole unit', () => {
    expect(formatRelative(-300_000, 'en')).toBe('5 minutes ago');
    expect(formatRelative(2 * 3_600_000, 'en')).toBe('in 2 hours');
    expect(formatRelative(90_000, 'en')).toBe('in 1 minute');
  });

  it('reads under a minute as now', () => {
    expect(formatRelative(-20_000, 'en')).toBe('now');
    expect(formatRelative(2_000, 'en')).toBe('now');
  });

  it('counts the seconds under a minute when asked, in the locale’s words', () => {
    expect(formatRelative(2_000, 'en', true)).toBe('in 2 seconds');
    expect(formatRelative(59_000, 'en', true)).toBe('in 59 seconds');
    expect(formatRelative(2_000, 'de', true)).toBe('in 2 Sekunden');
    expect(formatRelative(120_000, 'en', true)).toBe('in 2 minutes');
  });
});
