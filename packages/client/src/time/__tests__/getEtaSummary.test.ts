import { describe, expect, it } from 'vitest';
import type { Eta, EtaChange } from '../../model/Eta.js';
import type { TimeValue } from '../../model/TimeValue.js';
import { getEtaSummary } from '../getEtaSummary.js';
import { parseTime } from '../parseTime.js';

const runtimeZone = process.env.TZ as 'America/Los_Angeles' | 'UTC' | 'Asia/Tokyo';
const t = (raw: string) => parseTime(raw) as TimeValue;
const eta = (start: string, end?: string, changes: EtaChange[] = []): Eta => ({
  start: t(start),
  ...(end ? { end: t(end) } : {}),
  changes,
});
// 20:00 UTC: noon on 27 Nov in Los Angeles, 27 Nov in UTC, already 05:00 on 28 Nov in Tokyo.
const now = new Date('2024-11-27T20:00:00Z');

describe('getEtaSummary', () => {
  it('counts calendar days in the runtime zone by default', () => {
    const expected = {
      'America/Los_Angeles': { daysUntil: 1, state: 'tomorrow' },
      UTC: { daysUntil: 1, state: 'tomorrow' },
      'Asia/Tokyo': { daysUntil: 0, state: 'today' },
    };
    expect(getEtaSummary(eta('2024-11-28'), { now })).toEqual({
      date: '2024-11-28',
      moved: false,
      ...expected[runtimeZone],
    });
  });

  it('gives today, tomorrow, upcoming and late for a fixed now in a given zone', () => {
    for (const timeZone of ['America/Los_Angeles', 'UTC', 'Asia/Tokyo']) {
      // 03:00 UTC: still the 26th in Los Angeles, the 27th in UTC and Tokyo.
      const viewer = { now: new Date('2024-11-27T12:00:00+09:00'), timeZone };
      const today = timeZone === 'America/Los_Angeles' ? 26 : 27;
      const summary = (day: number) => getEtaSummary(eta(`2024-11-${day}`), viewer);
      expect(summary(today)).toMatchObject({ daysUntil: 0, state: 'today' });
      expect(summary(today + 1)).toMatchObject({ daysUntil: 1, state: 'tomorrow' });
      expect(summary(today + 3)).toMatchObject({ daysUntil: 3, state: 'upcoming' });
      expect(summary(today - 2)).toEqual({
        date: `2024-11-${today - 2}`,
        daysUntil: -2,
        state: 'late',
        lateByDays: 2,
        moved: false,
      });
    }
  });

  it('counts calendar days, not 24-hour periods, across DST', () => {
    const viewer = { now: new Date('2024-11-02T23:30:00-07:00'), timeZone: 'America/Los_Angeles' };
    expect(getEtaSummary(eta('2024-11-04'), viewer)).toMatchObject({ daysUntil: 2, state: 'upcoming' });
    const spring = { now: new Date('2024-03-09T00:10:00-08:00'), timeZone: 'America/Los_Angeles' };
    expect(getEtaSummary(eta('2024-03-11'), spring)).toMatchObject({ daysUntil: 2 });
  });

  it('converts an instant estimate to the viewer calendar and keeps a wall-clock one as written', () => {
    const viewer = { now, timeZone: 'America/Los_Angeles' };
    expect(getEtaSummary(eta('2024-11-29T02:00:00Z'), viewer)).toMatchObject({ date: '2024-11-28', state: 'tomorrow' });
    expect(getEtaSummary(eta('2024-11-29T02:00:00'), viewer)).toMatchObject({ date: '2024-11-29', daysUntil: 2 });
  });

  it('treats a window as due today while today is inside it, and late only after its end', () => {
    const viewer = { now, timeZone: 'UTC' };
    expect(getEtaSummary(eta('2024-11-29', '2024-12-02'), viewer)).toMatchObject({
      date: '2024-11-29',
      endDate: '2024-12-02',
      daysUntil: 2,
      state: 'upcoming',
    });
    expect(getEtaSummary(eta('2024-11-25', '2024-11-28'), viewer)).toMatchObject({ daysUntil: 0, state: 'today' });
    expect(getEtaSummary(eta('2024-11-20', '2024-11-24'), viewer)).toMatchObject({
      endDate: '2024-11-24',
      daysUntil: -3,
      state: 'late',
      lateByDays: 3,
    });
  });

  it('reads a window whose end is not after its start as a single date', () => {
    const summary = getEtaSummary(eta('2024-11-29', '2024-11-29'), { now, timeZone: 'UTC' });
    expect(summary).not.toHaveProperty('endDate');
  });

  it('says whether the estimate moved', () => {
    const change: EtaChange = {
      from: { start: t('2024-11-27') },
      to: { start: t('2024-11-29') },
      reason: { code: 'weather', text: 'Storm' },
      detectedAt: t('2024-11-26T10:00:00Z'),
    };
    expect(getEtaSummary(eta('2024-11-29', undefined, [change]), { now })).toMatchObject({ moved: true });
  });

  it('returns null when delivered or without an estimate, and summarizes past estimates otherwise', () => {
    expect(getEtaSummary(eta('2024-11-29'), { now, delivered: true })).toBeNull();
    expect(getEtaSummary(null, { now })).toBeNull();
    expect(getEtaSummary(eta('2020-01-01'), { now, timeZone: 'UTC' })).toMatchObject({ state: 'late' });
  });

  it('throws a RangeError for an invalid now or viewer zone', () => {
    expect(() => getEtaSummary(eta('2024-11-29'), { now: new Date('nope') })).toThrow(RangeError);
    expect(() => getEtaSummary(eta('2024-11-29'), { now, timeZone: 'Nowhere/Land' })).toThrow(RangeError);
  });
});
