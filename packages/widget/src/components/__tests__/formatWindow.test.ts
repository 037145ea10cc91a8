import { describe, expect, it } from 'vitest';
import { formatWindow, formatWindowTimes } from '../formatWindow.js';

const ctx = { locale: 'en-US', timeZone: 'UTC' };
const wall = (local: string) => ({ kind: 'wall' as const, local, raw: local });
const date = (value: string) => ({ kind: 'date' as const, date: value, raw: value });

describe('formatWindow', () => {
  it('shows a timed window as its day and both times, even across midnight', () => {
    const window = { start: wall('2024-12-07T21:30'), end: wall('2024-12-08T00:30') };
    expect(formatWindow(window, ctx)).toBe('Saturday, December 7, 9:30 PM – 12:30 AM');
    expect(formatWindowTimes(window, ctx)).toBe('9:30 PM – 12:30 AM');
  });

  it('shows a window of dates as its days, and no times', () => {
    const window = { start: date('2024-12-08'), end: date('2024-12-09') };
    expect(formatWindow(window, ctx)).toBe('Sunday, December 8 – Monday, December 9');
    expect(formatWindowTimes(window, ctx)).toBe('');
  });
});
