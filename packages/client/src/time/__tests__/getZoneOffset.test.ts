import { describe, expect, it } from 'vitest';
import { getZoneOffset } from '../getZoneOffset.js';

describe('getZoneOffset', () => {
  it('returns the offset of a zone in minutes east of UTC', () => {
    expect(getZoneOffset(new Date('2024-07-01T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(getZoneOffset(new Date('2024-07-01T12:00:00Z'), 'Asia/Tokyo')).toBe(540);
  });

  it("uses the runtime's own zone when none is given", () => {
    const date = new Date('2024-07-01T12:00:00Z');
    expect(getZoneOffset(date)).toBe(-date.getTimezoneOffset());
  });

  it('returns NaN for an unknown zone or an invalid date, so callers can fall back', () => {
    expect(getZoneOffset(new Date(), 'Mars/Olympus_Mons')).toBeNaN();
    expect(getZoneOffset(new Date(Number.NaN), 'UTC')).toBeNaN();
    expect(getZoneOffset(new Date(Number.NaN))).toBeNaN();
  });
});
