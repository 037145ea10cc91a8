import { describe, expect, it } from 'vitest';
import type { TimeValue } from '../../model/TimeValue.js';
import { formatTime } from '../formatTime.js';
import { type ParseTimeOptions, parseTime } from '../parseTime.js';

const runtimeZone = process.env.TZ as 'America/Los_Angeles' | 'UTC' | 'Asia/Tokyo';
const t = (raw: string, options?: ParseTimeOptions) => parseTime(raw, options) as TimeValue;
// ICU puts a narrow no-break space before AM/PM; compare on plain spaces.
const text = (time: TimeValue, options: Parameters<typeof formatTime>[1]) =>
  formatTime(time, options).replace(/\s/g, ' ');

describe('formatTime', () => {
  it('runs under one of the configured time zones', () => {
    expect(['America/Los_Angeles', 'UTC', 'Asia/Tokyo']).toContain(runtimeZone);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(runtimeZone);
  });

  it('shows a wall-clock scan exactly as written in every viewer zone', () => {
    const scan = t('2014-05-04T14:06:23');
    expect(text(scan, { locale: 'en-US' })).toBe('May 4, 2014, 2:06 PM');
    expect(text(scan, { locale: 'de-DE' })).toBe('04.05.2014, 14:06');
    for (const timeZone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata']) {
      expect(text(scan, { locale: 'en-US', timeZone })).toBe('May 4, 2014, 2:06 PM');
    }
    expect(text(scan, { locale: 'en-US', style: 'time' })).toBe('2:06 PM');
  });

  it('converts an instant to the runtime zone by default', () => {
    const expected = {
      'America/Los_Angeles': 'Nov 27, 2024, 6:05 AM',
      UTC: 'Nov 27, 2024, 2:05 PM',
      'Asia/Tokyo': 'Nov 27, 2024, 11:05 PM',
    };
    expect(text(t('2024-11-27T09:05:00-05:00'), { locale: 'en-US' })).toBe(expected[runtimeZone]);
  });

  it('converts an instant to the viewer zone when given', () => {
    const time = t('2024-11-27T14:05:00Z');
    expect(text(time, { locale: 'en-US', timeZone: 'America/New_York' })).toBe('Nov 27, 2024, 9:05 AM');
    expect(text(time, { locale: 'en-GB', timeZone: 'Asia/Tokyo', style: 'weekday' })).toBe('Wednesday 27 November');
  });

  it('converts zoned wall-clock readings across DST', () => {
    const fallBack = t('2024-11-03T01:30', { zone: 'America/New_York' });
    expect(text(fallBack, { locale: 'en-US', timeZone: 'America/New_York' })).toBe('Nov 3, 2024, 1:30 AM');
    expect(text(fallBack, { locale: 'en-US', timeZone: 'UTC' })).toBe('Nov 3, 2024, 5:30 AM');
    const springForward = t('2024-03-10T03:15', { zone: 'America/New_York' });
    expect(text(springForward, { locale: 'en-US', timeZone: 'UTC' })).toBe('Mar 10, 2024, 7:15 AM');
    // Los Angeles is still on standard time three hours later.
    expect(text(springForward, { locale: 'en-US', timeZone: 'America/Los_Angeles' })).toBe('Mar 9, 2024, 11:15 PM');
  });

  it('never shifts a date', () => {
    const date = t('2016-12-08');
    expect(text(date, { locale: 'en-US' })).toBe('Dec 8, 2016');
    expect(text(date, { locale: 'en-US', timeZone: 'Pacific/Pago_Pago', style: 'time' })).toBe('Dec 8, 2016');
    expect(text(date, { locale: 'en-US', timeZone: 'Pacific/Kiritimati', style: 'weekday' })).toBe(
      'Thursday, December 8',
    );
  });

  it('shows a midnight-UTC date as its own day everywhere when parsed as a date', () => {
    const eta = t('2016-12-08T00:00:00Z', { dateOnlyAtMidnightUtc: true });
    expect(text(eta, { locale: 'en-US', style: 'date' })).toBe('Dec 8, 2016');
    expect(text(eta, { locale: 'en-US', timeZone: 'America/Los_Angeles', style: 'date' })).toBe('Dec 8, 2016');
    // The trap this option avoids: read as an instant, it is the previous day in the Americas.
    const instant = t('2016-12-08T00:00:00Z');
    expect(text(instant, { locale: 'en-US', timeZone: 'America/Los_Angeles', style: 'date' })).toBe('Dec 7, 2016');
  });

  it('shows a wall-clock reading with an unknown zone as written', () => {
    const time: TimeValue = { kind: 'wall', local: '2014-05-04T14:06', zone: 'Nowhere/Land', raw: 'x' };
    expect(text(time, { locale: 'en-US', timeZone: 'Asia/Tokyo' })).toBe('May 4, 2014, 2:06 PM');
  });

  it('falls back to the raw string for values it cannot read', () => {
    expect(formatTime({ kind: 'wall', local: '2014-13-04T14:06', raw: 'odd' }, { locale: 'en-US' })).toBe('odd');
    expect(formatTime({ kind: 'instant', utc: 'never', raw: 'never' }, { locale: 'en-US' })).toBe('never');
  });

  it('throws a RangeError for an unknown viewer zone', () => {
    expect(() => formatTime(t('2024-11-27T14:05:00Z'), { locale: 'en-US', timeZone: 'Nowhere/Land' })).toThrow(
      RangeError,
    );
  });
});
