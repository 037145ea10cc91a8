import { describe, expect, it } from 'vitest';
import { getZonedParts } from '../getZonedParts.js';

describe('getZonedParts', () => {
  it('reads the wall clock and offset of a zone at an instant', () => {
    expect(getZonedParts(new Date('2024-11-27T17:05:09Z'), 'America/Chicago')).toEqual({
      year: 2024,
      month: 11,
      day: 27,
      hour: 11,
      minute: 5,
      second: 9,
      offset: -360,
    });
  });

  it('follows daylight saving time and half-hour zones', () => {
    expect(getZonedParts(new Date('2024-07-01T12:00:00Z'), 'America/New_York').offset).toBe(-240);
    expect(getZonedParts(new Date('2024-01-01T12:00:00Z'), 'America/New_York').offset).toBe(-300);
    expect(getZonedParts(new Date('2014-05-04T08:36:23Z'), 'Asia/Kolkata')).toMatchObject({ hour: 14, offset: 330 });
  });

  it('reads midnight as hour 0 and rolls the calendar day with the zone', () => {
    expect(getZonedParts(new Date('2024-03-01T05:00:00Z'), 'America/New_York')).toMatchObject({
      month: 3,
      day: 1,
      hour: 0,
      minute: 0,
    });
    expect(getZonedParts(new Date('2024-02-29T23:30:00Z'), 'Asia/Tokyo')).toMatchObject({ month: 3, day: 1, hour: 8 });
  });

  it('ignores the milliseconds of the instant when it computes the offset', () => {
    expect(getZonedParts(new Date('2024-07-01T12:00:00.999Z'), 'UTC')).toMatchObject({ second: 0, offset: 0 });
    expect(getZonedParts(new Date(-500), 'UTC')).toMatchObject({ year: 1969, second: 59, offset: 0 });
  });

  it('throws a RangeError for an unknown zone or an invalid date', () => {
    expect(() => getZonedParts(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => getZonedParts(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
  });
});
