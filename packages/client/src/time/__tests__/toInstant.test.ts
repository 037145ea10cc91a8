import { describe, expect, it } from 'vitest';
import type { TimeValue } from '../../model/TimeValue.js';
import { toInstant } from '../toInstant.js';

const ny = (local: string): TimeValue => ({ kind: 'wall', local, zone: 'America/New_York', raw: local });
const iso = (time: TimeValue) => toInstant(time)?.toISOString();

describe('toInstant', () => {
  it('returns the Date of an instant', () => {
    expect(iso({ kind: 'instant', utc: '2024-11-27T14:05:00.000Z', raw: 'x' })).toBe('2024-11-27T14:05:00.000Z');
  });

  it('places a zoned wall-clock reading with the zone offset of that day', () => {
    expect(iso(ny('2024-01-15T12:00'))).toBe('2024-01-15T17:00:00.000Z');
    expect(iso(ny('2024-07-15T12:00:00.250'))).toBe('2024-07-15T16:00:00.250Z');
    expect(iso({ kind: 'wall', local: '2014-05-04T14:06:23', zone: 'Asia/Kolkata', raw: '' })).toBe(
      '2014-05-04T08:36:23.000Z',
    );
  });

  it('converts across the spring-forward boundary', () => {
    expect(iso(ny('2024-03-10T01:59'))).toBe('2024-03-10T06:59:00.000Z');
    expect(iso(ny('2024-03-10T03:00'))).toBe('2024-03-10T07:00:00.000Z');
  });

  it('moves a reading inside the spring-forward gap forward by the gap', () => {
    // 02:30 never happened in New York on 10 March 2024; it is read as 03:30 EDT.
    expect(iso(ny('2024-03-10T02:30'))).toBe('2024-03-10T07:30:00.000Z');
  });

  it('converts across the fall-back boundary', () => {
    expect(iso(ny('2024-11-03T00:30'))).toBe('2024-11-03T04:30:00.000Z');
    expect(iso(ny('2024-11-03T02:30'))).toBe('2024-11-03T07:30:00.000Z');
  });

  it('resolves the repeated fall-back hour to its earlier occurrence', () => {
    // 01:30 happened twice: 05:30Z (EDT) and 06:30Z (EST); the earlier one is picked.
    expect(iso(ny('2024-11-03T01:30'))).toBe('2024-11-03T05:30:00.000Z');
  });

  it('handles zones with half-hour DST and southern-hemisphere transitions', () => {
    // Lord Howe moves by 30 minutes; Sydney falls back on 7 April 2024 at 03:00 AEDT.
    expect(iso({ kind: 'wall', local: '2024-01-10T12:00', zone: 'Australia/Lord_Howe', raw: '' })).toBe(
      '2024-01-10T01:00:00.000Z',
    );
    expect(iso({ kind: 'wall', local: '2024-04-07T02:30', zone: 'Australia/Sydney', raw: '' })).toBe(
      '2024-04-06T15:30:00.000Z',
    );
  });

  it('returns null when the moment is unknown', () => {
    expect(toInstant({ kind: 'wall', local: '2014-05-04T14:06:23', raw: '' })).toBeNull();
    expect(toInstant({ kind: 'date', date: '2024-11-27', raw: '' })).toBeNull();
    expect(toInstant({ kind: 'wall', local: '2014-05-04T14:06', zone: 'Mars/Olympus_Mons', raw: '' })).toBeNull();
    expect(toInstant({ kind: 'wall', local: '2014-02-30T14:06', zone: 'UTC', raw: '' })).toBeNull();
    expect(toInstant({ kind: 'instant', utc: 'not a time', raw: '' })).toBeNull();
  });
});
