import { describe, expect, it } from 'vitest';
import type { TimeValue } from '../../../model/TimeValue.js';
import { parseTime } from '../../../time/parseTime.js';
import { pickEta } from '../pickEta.js';

const time = (raw: string) => parseTime(raw) as TimeValue;

describe('pickEta', () => {
  const latestEventTime = time('2024-07-02T03:09:49Z');

  it('takes the first candidate with a start', () => {
    const eta = pickEta([null, { start: null }, { start: time('2024-07-05') }, { start: time('2024-07-09') }], {
      delivered: false,
      latestEventTime,
    });
    expect(eta).toEqual({ start: time('2024-07-05'), changes: [] });
  });

  it('hides the estimate once delivered', () => {
    expect(pickEta([{ start: time('2024-07-05') }], { delivered: true, latestEventTime })).toBeNull();
  });

  it('skips an estimate that ends before the latest event', () => {
    const eta = pickEta([{ start: time('2024-07-01') }, { start: time('2024-07-04T12:00:00Z') }], {
      delivered: false,
      latestEventTime,
    });
    expect(eta?.start.raw).toBe('2024-07-04T12:00:00Z');
  });

  it('keeps a date estimate on the day of the latest event', () => {
    expect(pickEta([{ start: time('2024-07-02') }], { delivered: false, latestEventTime })?.start.raw).toBe(
      '2024-07-02',
    );
  });

  it('keeps a window whose end is still ahead, with the changes given', () => {
    const change = {
      from: { start: time('2024-07-01') },
      to: { start: time('2024-07-02') },
      reason: { code: 'weather', text: 'Weather' },
      detectedAt: time('2024-07-01T10:00:00Z'),
    };
    const eta = pickEta([{ start: time('2024-07-01'), end: time('2024-07-03') }], {
      delivered: false,
      latestEventTime,
      changes: [change],
    });
    expect(eta).toEqual({ start: time('2024-07-01'), end: time('2024-07-03'), changes: [change] });
  });

  it('answers null when nothing qualifies', () => {
    expect(pickEta([], { delivered: false, latestEventTime: null })).toBeNull();
  });
});
