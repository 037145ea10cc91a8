import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { parseTime } from '../parseTime.js';
import { sortEvents } from '../sortEvents.js';
import { fixturesAvailable, fixtureUrl } from './fixtures.js';

const event = (raw: string | null, description: string): TrackingEvent => ({
  time: parseTime(raw),
  description,
});

describe('sortEvents', () => {
  it('returns a new array, oldest first, and leaves the input alone', () => {
    const input = [event('2024-01-03T10:00:00Z', 'c'), event('2024-01-01T10:00:00Z', 'a'), event('2024-01-02', 'b')];
    const sorted = sortEvents(input);
    expect(sorted.map((e) => e.description)).toEqual(['a', 'b', 'c']);
    expect(sorted).not.toBe(input);
    expect(input.map((e) => e.description)).toEqual(['c', 'a', 'b']);
  });

  it('turns a newest-first history around', () => {
    const newestFirst = [9, 8, 7, 6, 5, 4, 3, 2, 1].map((n) => event(`2021-03-0${n}T17:12:57`, String(n)));
    expect(sortEvents(newestFirst).map((e) => e.description)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('keeps events with equal times in input order', () => {
    const input = [
      event('2014-05-23T06:08:00', 'first'),
      event('2014-05-22T06:08:00', 'earlier'),
      event('2014-05-23T06:08:00', 'second'),
      event('2014-05-23T08:08:00+02:00', 'third, same moment'),
    ];
    expect(sortEvents(input).map((e) => e.description)).toEqual(['earlier', 'first', 'second', 'third, same moment']);
  });

  it('puts events without a time first, in input order', () => {
    const input = [event('2024-01-01', 'dated'), event(null, 'x'), event('garbage', 'y')];
    expect(sortEvents(input).map((e) => e.description)).toEqual(['x', 'y', 'dated']);
  });

  it('orders events written in different offsets by their moment', () => {
    const input = [event('2024-05-10T16:58:00+08:00', 'Hong Kong'), event('2024-05-10T03:00:00-05:00', 'Chicago')];
    expect(sortEvents(input).map((e) => e.description)).toEqual(['Chicago', 'Hong Kong']);
  });

  describe.skipIf(!fixturesAvailable)('with real provider payloads', () => {
    it('keeps a real AfterShip history with duplicate times in its order', async () => {
      const file = new URL('aftership/v4_2014_02_delivered_ups_with_exceptions.json', fixtureUrl);
      const payload = JSON.parse(await readFile(file, 'utf8'));
      const checkpoints: { checkpoint_time: string }[] = payload.data.tracking.checkpoints;
      const events = checkpoints.map((c, index) => ({ time: parseTime(c.checkpoint_time), description: `${index}` }));
      const raws = events.map((e) => e.time?.raw);
      expect(new Set(raws).size).toBeLessThan(raws.length);
      expect(sortEvents(events)).toEqual(events);
      const fromNewest = sortEvents(events.toReversed()).map((e) => e.time?.raw);
      expect(fromNewest).toEqual(raws);
    });
  });
});
