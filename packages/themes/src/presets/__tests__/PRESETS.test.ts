import { describe, expect, it } from 'vitest';
import { getContrastRatio } from '../../color/getContrastRatio.js';
import { CONTRAST_PAIRS } from '../../contrast/CONTRAST_PAIRS.js';
import { CUSTOM_PROPERTIES } from '../../tokens/CUSTOM_PROPERTIES.js';
import { PRESETS } from '../PRESETS.js';

const names = CUSTOM_PROPERTIES.map((property) => property.slice('--waypost-'.length));
const sets = Object.values(PRESETS).flatMap((theme) =>
  (['light', 'dark'] as const).map((scheme) => ({ preset: theme.name, scheme, tokens: theme[scheme] })),
);
const rows = sets.flatMap((set) => CONTRAST_PAIRS.map((pair) => ({ ...set, ...pair })));

describe('PRESETS', () => {
  it('holds light, dark, auto and four presets of their own character', () => {
    expect(Object.keys(PRESETS).sort()).toEqual(['auto', 'bold', 'dark', 'light', 'minimal', 'monochrome', 'soft']);
    for (const [name, theme] of Object.entries(PRESETS)) expect(theme.name).toBe(name);
  });

  it.each(rows)('keeps $foreground on $background readable in $preset ($scheme)', (row) => {
    const ratio = getContrastRatio(row.tokens[row.foreground], row.tokens[row.background]);
    expect(
      ratio,
      `${row.preset} (${row.scheme}): ${row.foreground} ${row.tokens[row.foreground]} on ${row.background} ` +
        `${row.tokens[row.background]} is ${ratio.toFixed(2)}:1, needs ${row.min}:1`,
    ).toBeGreaterThanOrEqual(row.min);
  });

  it.each(sets)('gives $preset ($scheme) every token, in the documented order', ({ tokens }) => {
    expect(Object.keys(tokens)).toEqual(names);
  });

  it.each(sets)('writes $preset ($scheme) colours as #rrggbb and sizes in px, never rem', ({ tokens }) => {
    for (const [name, value] of Object.entries(tokens)) {
      if (name.startsWith('color-')) expect(value, name).toMatch(/^#[0-9a-f]{6}$/);
      if (/^(font-size|radius|space)-/.test(name)) expect(value, name).toMatch(/^\d+px$/);
      expect(value, name).not.toMatch(/rem\b/);
    }
  });

  it('inherits the host font in every preset', () => {
    for (const set of sets) expect(set.tokens['font-family']).toBe('inherit');
  });

  it('makes every character preset look different from the default and from each other', () => {
    const characters = ['minimal', 'bold', 'soft', 'monochrome'] as const;
    const signature = (name: keyof typeof PRESETS) =>
      JSON.stringify(
        ['color-accent', 'color-surface', 'radius-md', 'shadow'].map((t) => PRESETS[name].light[t as 'shadow']),
      );
    const all = [signature('auto'), ...characters.map(signature)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('shares the default sets between light, dark and auto', () => {
    expect(PRESETS.light.light).toBe(PRESETS.auto.light);
    expect(PRESETS.dark.dark).toBe(PRESETS.auto.dark);
    expect([PRESETS.light.scheme, PRESETS.dark.scheme, PRESETS.auto.scheme]).toEqual(['light', 'dark', 'auto']);
  });
});
