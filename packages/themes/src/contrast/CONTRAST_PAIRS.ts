import type { ColorTokenName } from '../tokens/ThemeTokens.js';

/** One foreground/background pairing the widget draws, and the WCAG 2.2 AA ratio it must reach. */
export interface ContrastPair {
  readonly foreground: ColorTokenName;
  readonly background: ColorTokenName;
  /** 4.5 for text of any size (Waypost does not rely on the large-text exception); 3 for boundaries and rings. */
  readonly min: 4.5 | 3;
}

const surfaces = ['color-surface', 'color-surface-raised'] as const;
const tints = ['color-success-surface', 'color-warning-surface', 'color-danger-surface', 'color-info-surface'] as const;
const on = (foreground: ColorTokenName, backgrounds: readonly ColorTokenName[], min: 4.5 | 3 = 4.5) =>
  backgrounds.map((background): ContrastPair => ({ foreground, background, min }));

/**
 * Which colour sits on which: every text/background and boundary/background pair a theme must keep readable.
 * Body and muted text may appear on any surface, including status banners; accent is link text and a button fill;
 * each status colour is text and icons on its own banner and on plain surfaces; borders and focus rings are
 * non-text boundaries (3:1). `color-divider` is decorative and exempt. Focus rings are drawn with an offset, so
 * they sit on a surface, not on the control they surround.
 *
 * @example CONTRAST_PAIRS.filter((pair) => pair.foreground === 'color-on-accent') // on accent and accent-hover
 */
export const CONTRAST_PAIRS: readonly ContrastPair[] = /* @__PURE__ */ listPairs();

// Built by a function marked pure so that bundles which never read the table drop it.
function listPairs(): ContrastPair[] {
  return [
    ...on('color-text', [...surfaces, ...tints]),
    ...on('color-text-muted', [...surfaces, ...tints]),
    ...on('color-accent', surfaces),
    ...on('color-accent-hover', surfaces),
    ...on('color-on-accent', ['color-accent', 'color-accent-hover']),
    ...on('color-success', ['color-success-surface', ...surfaces]),
    ...on('color-warning', ['color-warning-surface', ...surfaces]),
    ...on('color-danger', ['color-danger-surface', ...surfaces]),
    ...on('color-info', ['color-info-surface', ...surfaces]),
    ...on('color-border', surfaces, 3),
    ...on('color-focus-ring', surfaces, 3),
  ];
}
