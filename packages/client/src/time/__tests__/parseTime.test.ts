import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTime } from '../parseTime.js';
import { fixturesAvailable, fixtureUrl } from './fixtures.js';

describe('parseTime', () => {
  it('keeps a time without offset as a wall-clock reading', () => {
    expect(parseTime('2014-05-04T14:06:23')).toEqual({
      kind: 'wall',
      local: '2014-05-04T14:06:23',
      raw: '2014-05-04T14:06:23',
    });
  });

  it('accepts a space separator and fractional seconds in wall-clock readings', () => {
    expect(parseTime('2018-08-02 18:49:42.566')).toEqual({
      kind: 'wall',
      local: '2018-08-02T18:49:42.566',
      raw: '2018-08-02 18:49:42.566',
    });
    expect(parseTime('2021-01-11T20:34')).toMatchObject({ kind: 'wall', local: '2021-01-11T20:34' });
  });

  it('reads Z and offsets as instants normalized to UTC', () => {
    expect(parseTime('2024-11-27T14:05:00Z')).toEqual({
      kind: 'instant',
      utc: '2024-11-27T14:05:00.000Z',
      offset: 0,
      raw: '2024-11-27T14:05:00Z',
    });
    expect(parseTime('2014-05-10T16:58:00+08:00')).toMatchObject({ utc: '2014-05-10T08:58:00.000Z', offset: 480 });
    expect(parseTime('2024-03-01T09:00:00-0530')).toMatchObject({ utc: '2024-03-01T14:30:00.000Z', offset: -330 });
    expect(parseTime('2024-03-01T09:00:00+09')).toMatchObject({ utc: '2024-03-01T00:00:00.000Z', offset: 540 });
    expect(parseTime('2024-03-01T09:00:00-00:00')).toMatchObject({ offset: 0 });
  });

  it('reads a date-time without offset as UTC when told to', () => {
    expect(parseTime('2018-07-23T08:58:00', { assume: 'utc' })).toEqual({
      kind: 'instant',
      utc: '2018-07-23T08:58:00.000Z',
      raw: '2018-07-23T08:58:00',
    });
  });

  it('reads dashed and compact dates as dates', () => {
    expect(parseTime('2024-11-27')).toEqual({ kind: 'date', date: '2024-11-27', raw: '2024-11-27' });
    expect(parseTime('20220101')).toEqual({ kind: 'date', date: '2022-01-01', raw: '20220101' });
  });

  it('turns midnight UTC into a date only when asked', () => {
    const options = { dateOnlyAtMidnightUtc: true };
    expect(parseTime('2016-12-08T00:00:00Z', options)).toEqual({
      kind: 'date',
      date: '2016-12-08',
      raw: '2016-12-08T00:00:00Z',
    });
    expect(parseTime('2016-12-08T00:00:00Z')).toMatchObject({ kind: 'instant' });
    expect(parseTime('2016-12-08T00:00:01Z', options)).toMatchObject({ kind: 'instant' });
    expect(parseTime('2016-12-08T00:00:00-05:00', options)).toMatchObject({ kind: 'instant' });
  });

  it('attaches the zone to wall-clock readings and instants but not to dates', () => {
    expect(parseTime('2014-05-04T14:06:23', { zone: 'Asia/Kolkata' })).toMatchObject({ zone: 'Asia/Kolkata' });
    expect(parseTime('2014-05-04T14:06:23Z', { zone: 'Asia/Kolkata' })).toMatchObject({ zone: 'Asia/Kolkata' });
    expect(parseTime('2014-05-04', { zone: 'Asia/Kolkata' })).not.toHaveProperty('zone');
  });

  it('keeps the raw string verbatim, surrounding spaces included', () => {
    expect(parseTime(' 2014-05-04T14:06:23 ')).toMatchObject({
      local: '2014-05-04T14:06:23',
      raw: ' 2014-05-04T14:06:23 ',
    });
  });

  it('returns null for missing, empty and unparseable values', () => {
    for (const value of [null, undefined, '', '   ', 'soon', 'N/A', '2024-13-01', '2024-02-30', '2023-02-29']) {
      expect(parseTime(value), String(value)).toBeNull();
    }
    for (const value of ['2024-01-01T25:00', '2024-01-01T12:60', '2024-01-01T12:00:60', '2024-01-01T12:00+19:00']) {
      expect(parseTime(value), value).toBeNull();
    }
    expect(parseTime('1714831583')).toBeNull();
    expect(parseTime('Mon, 04 May 2014 14:06:23 GMT')).toBeNull();
  });

  it('accepts leap days', () => {
    expect(parseTime('2024-02-29')).toMatchObject({ kind: 'date', date: '2024-02-29' });
  });

  // 2,000 generated inputs take well under a second alone, but several seconds on a busy machine.
  it('never throws and always keeps the raw string', () => {
    const anyTime = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.stringMatching(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,12})?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/),
      fc.stringMatching(/^\d{8}$/),
    );
    const options = fc.record(
      {
        zone: fc.constantFrom('UTC', 'America/New_York', 'Not/AZone'),
        assume: fc.constantFrom('wall' as const, 'utc' as const),
        dateOnlyAtMidnightUtc: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(anyTime, options, (raw, opts) => {
        const value = parseTime(raw, opts);
        return value === null || value.raw === raw;
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  describe.skipIf(!fixturesAvailable)('with real provider payloads', () => {
    it('reads every AfterShip 2014 checkpoint time as a wall-clock reading', async () => {
      const file = new URL('aftership/v4_2014_01_delivered_ups_IN-US.json', fixtureUrl);
      const payload = JSON.parse(await readFile(file, 'utf8'));
      const times: string[] = payload.data.tracking.checkpoints.map(
        (c: { checkpoint_time: string }) => c.checkpoint_time,
      );
      expect(times.length).toBeGreaterThan(0);
      for (const raw of times) expect(parseTime(raw)).toMatchObject({ kind: 'wall', local: raw, raw });
    });
  });
});
