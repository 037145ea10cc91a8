import { describe, expect, it } from 'vitest';
import type { TimeValue } from '../../model/TimeValue.js';
import { compareTimes } from '../compareTimes.js';
import { parseTime } from '../parseTime.js';

const t = (raw: string, zone?: string) => parseTime(raw, zone ? { zone } : {}) as TimeValue;

describe('compareTimes', () => {
  it('orders instants by their moment, whatever offset they were written in', () => {
    expect(compareTimes(t('2024-01-01T10:00:00Z'), t('2024-01-01T11:00:00+02:00'))).toBe(1);
    expect(compareTimes(t('2024-01-01T11:00:00+02:00'), t('2024-01-01T10:00:00Z'))).toBe(-1);
    expect(compareTimes(t('2024-01-01T12:00:00+02:00'), t('2024-01-01T10:00:00Z'))).toBe(0);
  });

  it('puts null first', () => {
    expect(compareTimes(null, t('2024-01-01'))).toBe(-1);
    expect(compareTimes(t('2024-01-01'), null)).toBe(1);
    expect(compareTimes(null, null)).toBe(0);
  });

  it('compares floating wall-clock readings and dates on their text read as UTC', () => {
    expect(compareTimes(t('2014-05-04T14:06:23'), t('2014-05-04T14:06:24'))).toBe(-1);
    expect(compareTimes(t('2014-05-04'), t('2014-05-04T00:00'))).toBe(0);
    expect(compareTimes(t('2014-05-04T09:00'), t('2014-05-04T10:00:00+02:00'))).toBe(1);
  });

  it('places zoned wall-clock readings on the timeline', () => {
    expect(compareTimes(t('2014-05-04T14:00', 'Asia/Kolkata'), t('2014-05-04T09:00:00Z'))).toBe(-1);
  });

  it('sorts an array oldest first', () => {
    const raws = ['2024-01-03', '2024-01-01T05:00:00Z', '2024-01-02T00:00'];
    const sorted = raws.map((raw) => t(raw)).sort(compareTimes);
    expect(sorted.map((time) => time.raw)).toEqual(['2024-01-01T05:00:00Z', '2024-01-02T00:00', '2024-01-03']);
  });
});
