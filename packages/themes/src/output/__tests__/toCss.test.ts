import { describe, expect, it } from 'vitest';
import { auto } from '../../presets/auto.js';
import { dark } from '../../presets/dark.js';
import { light } from '../../presets/light.js';
import { soft } from '../../presets/soft.js';
import { CUSTOM_PROPERTIES } from '../../tokens/CUSTOM_PROPERTIES.js';
import type { Theme } from '../../tokens/Theme.js';
import { toCss } from '../toCss.js';

/** The declarations of each top-level rule, by its at-rule (or '' for the plain rule). */
function parse(css: string) {
  const blocks: Array<{ media: string; selector: string; declarations: Record<string, string> }> = [];
  const pattern = /(?:(@(?:media|supports) [^{]+?)\s*\{\s*)?([^{}@]+)\{([^{}]*)\}\s*(?:\}\s*)?/g;
  for (const match of css.matchAll(pattern)) {
    const declarations: Record<string, string> = {};
    for (const line of match[3]!.split(';')) {
      const index = line.indexOf(':');
      if (index > 0) declarations[line.slice(0, index).trim()] = line.slice(index + 1).trim();
    }
    blocks.push({ media: (match[1] ?? '').trim(), selector: match[2]!.trim(), declarations });
  }
  return blocks;
}

describe('toCss', () => {
  it('writes every custom property of a light theme on :host', () => {
    const [rule, ...rest] = parse(toCss(light));
    expect(rule).toMatchObject({ media: '', selector: ':host' });
    expect(rule!.declarations['color-scheme']).toBe('light');
    expect(Object.keys(rule!.declarations).filter((name) => name.startsWith('--'))).toEqual([...CUSTOM_PROPERTIES]);
    expect(rule!.declarations['--waypost-color-accent']).toBe(light.light['color-accent']);
    expect(rest.map((block) => block.media)).toEqual(['@media (prefers-reduced-motion: reduce)']);
  });

  it('writes the dark set for a dark theme', () => {
    const [rule] = parse(toCss(dark));
    expect(rule!.declarations['color-scheme']).toBe('dark');
    expect(rule!.declarations['--waypost-color-surface']).toBe(dark.dark['color-surface']);
  });

  it('inherits the page scheme for auto and pairs only what changes in dark with light-dark()', () => {
    const [rule, supports] = parse(toCss(auto));
    expect(rule!.declarations['color-scheme']).toBe('inherit');
    expect(rule!.declarations['--waypost-color-surface']).toBe('#ffffff');
    expect(supports).toMatchObject({ media: '@supports (color: light-dark(#000, #fff))', selector: ':host' });
    const changed = Object.keys(auto.dark).filter(
      (name) => auto.dark[name as 'shadow'] !== auto.light[name as 'shadow'],
    );
    expect(Object.keys(supports!.declarations)).toEqual(changed.map((name) => `--waypost-${name}`));
    expect(supports!.declarations['--waypost-color-surface']).toBe(
      `light-dark(#ffffff, ${auto.dark['color-surface']})`,
    );
    expect(supports!.declarations['--waypost-space-3']).toBeUndefined();
  });

  it('zeroes both durations under prefers-reduced-motion', () => {
    const last = parse(toCss(soft)).at(-1)!;
    expect(last).toMatchObject({
      media: '@media (prefers-reduced-motion: reduce)',
      declarations: { '--waypost-duration-fast': '0ms', '--waypost-duration-normal': '0ms' },
    });
  });

  it('uses the selector it is given, in every block', () => {
    const selector = ':where(waypost-tracker, [data-waypost])';
    const blocks = parse(toCss(auto, { selector }));
    expect(blocks).toHaveLength(3);
    for (const block of blocks) expect(block.selector).toBe(selector);
  });

  it('lets a scheme option override the theme scheme', () => {
    const [asDark, ...rest] = parse(toCss(soft, { scheme: 'dark' }));
    expect(asDark!.declarations['--waypost-color-surface']).toBe(soft.dark['color-surface']);
    expect(rest.map((block) => block.media)).toEqual(['@media (prefers-reduced-motion: reduce)']);
    const [asLight] = parse(toCss(dark, { scheme: 'light' }));
    expect(asLight!.declarations['--waypost-color-surface']).toBe(dark.light['color-surface']);
  });

  it('never writes !important, so the host page overrides win', () => {
    for (const theme of [light, dark, auto, soft]) expect(toCss(theme)).not.toContain('!important');
  });

  it('drops values and names that could escape the declaration', () => {
    const hostile = {
      ...light,
      light: {
        ...light.light,
        'color-accent': 'red; } * { display: none',
        'font-family': 'x /* comment',
        shadow: '</style><script>',
        'radius-md': '  ',
        'Bad Name': '1px',
      },
    } as Theme;
    const css = toCss(hostile);
    expect(css).not.toMatch(/display: none|\/\*|<script|Bad Name/);
    expect(css).not.toContain('--waypost-radius-md');
    expect(css).toContain('--waypost-color-surface: #ffffff;');
    expect(parse(css)).toHaveLength(2);
  });
});
