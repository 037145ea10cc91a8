import { describe, expect, it } from 'vitest';
import { light } from '../../presets/light.js';
import { CONTRAST_PAIRS } from '../CONTRAST_PAIRS.js';
import { getContrastReport } from '../getContrastReport.js';

describe('getContrastReport', () => {
  it('measures every pair of the table', () => {
    const report = getContrastReport(light.light);
    expect(report).toHaveLength(CONTRAST_PAIRS.length);
    expect(report.every((row) => row.passes)).toBe(true);
  });

  it('flags a pale accent on a light surface', () => {
    const failures = getContrastReport({ ...light.light, 'color-accent': '#7fb2ff' }).filter((row) => !row.passes);
    expect(failures.map((row) => `${row.foreground} on ${row.background}`)).toEqual([
      'color-accent on color-surface',
      'color-accent on color-surface-raised',
      'color-on-accent on color-accent',
    ]);
    expect(failures[0]!.ratio).toBeCloseTo(2.16, 2);
  });

  it('holds boundaries to 3:1 and text to 4.5:1', () => {
    const min = (foreground: string) => CONTRAST_PAIRS.find((pair) => pair.foreground === foreground)?.min;
    expect(min('color-border')).toBe(3);
    expect(min('color-focus-ring')).toBe(3);
    expect(min('color-text-muted')).toBe(4.5);
    expect(CONTRAST_PAIRS.some((pair) => pair.foreground === 'color-divider')).toBe(false);
  });
});
