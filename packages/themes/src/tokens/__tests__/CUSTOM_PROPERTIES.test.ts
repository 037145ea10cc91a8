import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { darkTokens } from '../../presets/darkTokens.js';
import { lightTokens } from '../../presets/lightTokens.js';
import { CUSTOM_PROPERTIES } from '../CUSTOM_PROPERTIES.js';

// The names the widget's stylesheet was written against; they may gain siblings but never change.
const contract = [
  ...['surface', 'surface-raised', 'text', 'text-muted', 'accent', 'accent-hover', 'on-accent'].map(
    (c) => `color-${c}`,
  ),
  ...['success', 'warning', 'danger', 'info'].flatMap((c) => [`color-${c}`, `color-${c}-surface`]),
  'color-border',
  'color-focus-ring',
  'font-family',
  ...['xs', 'sm', 'md', 'lg', 'xl'].map((size) => `font-size-${size}`),
  ...['regular', 'medium', 'bold'].map((weight) => `font-weight-${weight}`),
  'line-height',
  ...['sm', 'md', 'lg'].map((size) => `radius-${size}`),
  ...[1, 2, 3, 4, 5, 6].map((step) => `space-${step}`),
  'shadow',
  'duration-fast',
  'duration-normal',
].map((name) => `--waypost-${name}`);

/** The token table of docs/theming.md: the rows whose first cell is a `--waypost-*` property. */
function readDocumentedTable() {
  const markdown = readFileSync(new URL('../../../../../docs/theming.md', import.meta.url), 'utf8');
  const section = markdown.slice(
    markdown.indexOf('\n## Tokens'),
    markdown.indexOf('\n## ', markdown.indexOf('\n## Tokens') + 1),
  );
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `--waypost-'))
    .map((line) => {
      const cells = line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim().replace(/^`|`$/g, ''));
      const [property = '', role = '', lightValue = '', darkValue = '', fallback = ''] = cells;
      return { property, role, lightValue, darkValue, fallback };
    });
}

describe('CUSTOM_PROPERTIES', () => {
  it('equals the token table of docs/theming.md, in order', () => {
    expect(readDocumentedTable().map((row) => row.property)).toEqual([...CUSTOM_PROPERTIES]);
  });

  it('documents the real light and dark defaults and the fallback of every token', () => {
    for (const row of readDocumentedTable()) {
      const name = row.property.slice('--waypost-'.length) as keyof typeof lightTokens;
      expect(row.role, row.property).not.toBe('');
      expect(row.lightValue, row.property).toBe(lightTokens[name]);
      expect(row.darkValue, row.property).toBe(darkTokens[name]);
      expect(row.fallback, row.property).toBe(name === 'font-family' ? 'inherit' : lightTokens[name]);
    }
  });

  it('keeps every name the widget contract relies on', () => {
    for (const name of contract) expect(CUSTOM_PROPERTIES, name).toContain(name);
  });

  it('has no duplicates and only lowercase names', () => {
    expect(new Set(CUSTOM_PROPERTIES).size).toBe(CUSTOM_PROPERTIES.length);
    for (const name of CUSTOM_PROPERTIES) expect(name).toMatch(/^--waypost-[a-z0-9-]+$/);
  });
});
