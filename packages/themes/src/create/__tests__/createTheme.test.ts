import { describe, expect, it } from 'vitest';
import { getContrastRatio } from '../../color/getContrastRatio.js';
import { getContrastReport } from '../../contrast/getContrastReport.js';
import { isThemeError } from '../../errors/ThemeError.js';
import { auto } from '../../presets/auto.js';
import { soft } from '../../presets/soft.js';
import type { Theme } from '../../tokens/Theme.js';
import type { CreateThemeOptions } from '../CreateThemeOptions.js';
import { createTheme } from '../createTheme.js';

function failures(theme: Theme) {
  return (['light', 'dark'] as const).flatMap((scheme) =>
    getContrastReport(theme[scheme])
      .filter((row) => !row.passes)
      .map((row) => `${scheme}: ${row.foreground} on ${row.background} ${row.ratio.toFixed(2)}:1`),
  );
}

function failure(options: unknown) {
  try {
    createTheme(options as CreateThemeOptions);
  } catch (error) {
    return error;
  }
  throw new Error('expected createTheme to throw');
}

describe('createTheme', () => {
  it('keeps an accent that already reads and reports nothing for it', () => {
    const theme = createTheme({ accent: '#2557d6' });
    expect(theme.light['color-accent']).toBe('#2557d6');
    expect(theme.adjustments.filter((a) => a.scheme === 'light')).toEqual([]);
    expect(failures(theme)).toEqual([]);
  });

  it('darkens a yellow accent on light surfaces, keeps its hue, and reports the change', () => {
    const theme = createTheme({ accent: '#ffcc00' });
    expect(theme.adjustments).toEqual([
      {
        token: 'color-accent',
        scheme: 'light',
        from: '#ffcc00',
        to: theme.light['color-accent'],
        reason: expect.stringMatching(/^1\.\d\d:1 against color-surface(-raised)?; needs 4\.5:1$/),
        ratio: expect.any(Number),
      },
    ]);
    const adjusted = theme.light['color-accent'];
    expect(getContrastRatio(adjusted, theme.light['color-surface-raised'])).toBeGreaterThanOrEqual(4.5);
    expect(theme.adjustments[0]!.ratio).toBeGreaterThanOrEqual(4.5);
    // Still a yellow-brown (red > green > blue), not an olive or a grey.
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(adjusted.slice(i, i + 2), 16)) as [number, number, number];
    expect(r > g && g > b && b < 40).toBe(true);
    expect(theme.dark['color-accent']).toBe('#ffcc00');
  });

  it('lightens a deep accent for the dark set', () => {
    const theme = createTheme({ accent: '#0b6e4f' });
    expect(theme.light['color-accent']).toBe('#0b6e4f');
    expect(theme.adjustments).toMatchObject([{ token: 'color-accent', scheme: 'dark', from: '#0b6e4f' }]);
    expect(getContrastRatio(theme.dark['color-accent'], theme.dark['color-surface'])).toBeGreaterThanOrEqual(4.5);
  });

  it('derives hover and on-accent colours that read on each other', () => {
    const theme = createTheme({ accent: '#e11d48' });
    for (const tokens of [theme.light, theme.dark]) {
      expect(tokens['color-accent-hover']).not.toBe(tokens['color-accent']);
      expect(getContrastRatio(tokens['color-on-accent'], tokens['color-accent-hover'])).toBeGreaterThanOrEqual(4.5);
    }
    expect(theme.light['color-on-accent']).toBe('#ffffff');
    expect(theme.dark['color-on-accent']).toBe(theme.dark['color-surface']);
  });

  it('builds a light theme on a light brand surface', () => {
    const theme = createTheme({ accent: '#0b6e4f', surface: '#fbf7f0', text: '#2b2118' });
    expect(theme.scheme).toBe('light');
    expect(theme.light['color-surface']).toBe('#fbf7f0');
    expect(theme.light['color-text']).toBe('#2b2118');
    expect(theme.light['color-surface-raised']).not.toBe(theme.light['color-surface']);
    expect(theme.dark['color-surface']).toBe(auto.dark['color-surface']);
    expect(failures(theme)).toEqual([]);
  });

  it('builds a dark theme on a dark brand surface', () => {
    const theme = createTheme({ accent: '#e11d48', surface: '#0c0a09' });
    expect(theme.scheme).toBe('dark');
    expect(theme.dark['color-surface']).toBe('#0c0a09');
    expect(theme.light['color-surface']).toBe(auto.light['color-surface']);
    expect(failures(theme)).toEqual([]);
  });

  it('takes the scheme from light text when no surface is given', () => {
    const theme = createTheme({ accent: '#2557d6', text: '#f5f5f5' });
    expect(theme.scheme).toBe('dark');
    expect(theme.dark['color-text']).toBe('#f5f5f5');
  });

  it('moves a mid-grey surface until text and accent fit, and says so', () => {
    const theme = createTheme({ accent: '#0b6e4f', surface: '#777777' });
    const surface = theme.adjustments.find((a) => a.token === 'color-surface');
    expect(surface).toMatchObject({ scheme: 'light', from: '#777777', reason: expect.stringContaining('black text') });
    expect(getContrastRatio(theme.light['color-surface'], '#000000')).toBeGreaterThanOrEqual(9);
    expect(failures(theme)).toEqual([]);
  });

  it('repairs unreadable body text and keeps muted text distinct from it', () => {
    const theme = createTheme({ accent: '#2557d6', surface: '#ffffff', text: '#bbbbbb' });
    expect(theme.adjustments.find((a) => a.token === 'color-text')).toMatchObject({
      from: '#bbbbbb',
      reason: expect.stringContaining('needs 4.5:1 (moved to 7:1'),
    });
    expect(getContrastRatio(theme.light['color-text'], theme.light['color-surface'])).toBeGreaterThanOrEqual(7);
    expect(theme.light['color-text-muted']).not.toBe(theme.light['color-text']);
    expect(failures(theme)).toEqual([]);
  });

  it('flattens translucent colours before measuring them', () => {
    const theme = createTheme({ accent: 'rgb(37 87 214 / 0.2)', surface: '#ffffff80' });
    expect(theme.light['color-surface']).toMatch(/^#[0-9a-f]{6}$/);
    expect(failures(theme)).toEqual([]);
  });

  it('applies radius, font and density to both sets', () => {
    const theme = createTheme({ accent: '#2557d6', radius: 10, font: ' "Inter", sans-serif ', density: 'compact' });
    for (const tokens of [theme.light, theme.dark]) {
      expect([tokens['radius-sm'], tokens['radius-md'], tokens['radius-lg']]).toEqual(['5px', '10px', '15px']);
      expect(tokens['font-family']).toBe('"Inter", sans-serif');
      expect([tokens['space-1'], tokens['space-6'], tokens['line-height']]).toEqual(['2px', '24px', '1.4']);
    }
  });

  it('starts from the base preset it is given', () => {
    const theme = createTheme({ accent: '#a3456b', base: 'soft', name: 'rose' });
    expect(theme).toMatchObject({ name: 'rose', scheme: 'auto' });
    expect(theme.adjustments.filter((a) => a.scheme === 'light')).toEqual([]);
    for (const token of ['color-surface', 'color-accent', 'color-text', 'radius-lg', 'shadow', 'space-6'] as const) {
      expect(theme.light[token], token).toBe(soft.light[token]);
    }
    expect(createTheme({ accent: '#a3456b', base: soft }).dark['radius-lg']).toBe('24px');
  });

  it('emits no NaN and only #rrggbb colours', () => {
    const theme = createTheme({ accent: 'hsl(300 100% 50%)', surface: 'rgb(10%, 20%, 30%)' });
    for (const tokens of [theme.light, theme.dark]) {
      for (const [name, value] of Object.entries(tokens)) {
        expect(value, name).not.toContain('NaN');
        if (name.startsWith('color-')) expect(value, name).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
  });

  it.each([
    [{ accent: 'brand-green' }, 'invalid_color'],
    [{}, 'invalid_color'],
    [{ accent: '#fff', surface: 'nope' }, 'invalid_color'],
    [{ accent: '#fff', text: 'rgb(1,2)' }, 'invalid_color'],
    [{ accent: '#fff', radius: -1 }, 'invalid_option'],
    [{ accent: '#fff', radius: Number.NaN }, 'invalid_option'],
    [{ accent: '#fff', radius: '8px' }, 'invalid_option'],
    [{ accent: '#fff', font: 'x; } :host { display: none' }, 'invalid_option'],
    [{ accent: '#fff', font: '' }, 'invalid_option'],
    [{ accent: '#fff', density: 'cozy' }, 'invalid_option'],
    [{ accent: '#fff', density: 'toString' }, 'invalid_option'],
    [{ accent: '#fff', base: 'neon' }, 'unknown_preset'],
    [{ accent: '#fff', base: 'constructor' }, 'unknown_preset'],
    [null, 'invalid_option'],
  ])('rejects %j with a typed %s error', (options, code) => {
    const error = failure(options);
    expect(isThemeError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'ThemeError', code });
  });
});
