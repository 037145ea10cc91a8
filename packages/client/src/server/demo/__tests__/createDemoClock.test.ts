import { describe, expect, it } from 'vitest';
import { createDemoClock } from '../createDemoClock.js';

const zone = 'America/Los_Angeles';

describe('createDemoClock', () => {
  it('places a local time on a later day across a daylight-saving change', () => {
    // 2025-03-08 is the Saturday before US clocks spring forward; Monday is on daylight time.
    const clock = createDemoClock(new Date('2025-03-08T20:00:00Z'), new Date('2025-03-08T20:00:00Z'));
    expect(clock.at(0, '09:00', zone).toISOString()).toBe('2025-03-08T17:00:00.000Z');
    expect(clock.at(2, '09:00', zone).toISOString()).toBe('2025-03-10T16:00:00.000Z');
    expect(clock.at(-1, '23:30', zone).toISOString()).toBe('2025-03-08T07:30:00.000Z');
  });

  it('writes instants with the offset of their zone and wall-clock readings without one', () => {
    const moment = new Date('2025-07-01T17:05:09Z');
    const clock = createDemoClock(moment, moment);
    expect(clock.instant(moment, 'America/Chicago')).toEqual({
      kind: 'instant',
      utc: '2025-07-01T17:05:09.000Z',
      offset: -300,
      zone: 'America/Chicago',
      raw: '2025-07-01T12:05:09-05:00',
    });
    expect(clock.instant(moment)).toEqual({
      kind: 'instant',
      utc: '2025-07-01T17:05:09.000Z',
      raw: '2025-07-01T17:05:09Z',
    });
    expect(clock.wall(moment, zone)).toEqual({
      kind: 'wall',
      local: '2025-07-01T10:05:09',
      zone,
      raw: '2025-07-01T10:05:09',
    });
    expect(clock.wall(moment, zone, { withZone: false })).not.toHaveProperty('zone');
  });

  it('reads calendar dates in the given zone, not in UTC', () => {
    const lateEvening = new Date('2025-07-02T05:30:00Z');
    const clock = createDemoClock(lateEvening, lateEvening);
    expect(clock.date(lateEvening, zone).date).toBe('2025-07-01');
    expect(clock.date(lateEvening, 'Asia/Tokyo').date).toBe('2025-07-02');
  });

  it('counts minutes before and after the start', () => {
    const start = new Date('2025-07-01T12:00:00Z');
    const clock = createDemoClock(start, start);
    expect(clock.ago(90).toISOString()).toBe('2025-07-01T10:30:00.000Z');
    expect(clock.after(4).toISOString()).toBe('2025-07-01T12:04:00.000Z');
  });
});
