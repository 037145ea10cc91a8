/**
 * Every custom property a Waypost theme sets, in a stable order. The widget's CSS reads each one as
 * `var(--waypost-<name>)` (its theme layer always defines them all); `docs/theming.md` documents the same list,
 * and a test keeps the two equal.
 * Names are added, never renamed: a host page's overrides depend on them.
 *
 * @example CUSTOM_PROPERTIES.includes('--waypost-color-accent') // true
 */
export const CUSTOM_PROPERTIES = [
  '--waypost-color-surface',
  '--waypost-color-surface-raised',
  '--waypost-color-text',
  '--waypost-color-text-muted',
  '--waypost-color-accent',
  '--waypost-color-accent-hover',
  '--waypost-color-on-accent',
  '--waypost-color-success',
  '--waypost-color-success-surface',
  '--waypost-color-warning',
  '--waypost-color-warning-surface',
  '--waypost-color-danger',
  '--waypost-color-danger-surface',
  '--waypost-color-info',
  '--waypost-color-info-surface',
  '--waypost-color-border',
  '--waypost-color-divider',
  '--waypost-color-focus-ring',
  '--waypost-font-family',
  '--waypost-font-family-mono',
  '--waypost-font-size-xs',
  '--waypost-font-size-sm',
  '--waypost-font-size-md',
  '--waypost-font-size-lg',
  '--waypost-font-size-xl',
  '--waypost-font-weight-regular',
  '--waypost-font-weight-medium',
  '--waypost-font-weight-bold',
  '--waypost-line-height',
  '--waypost-radius-sm',
  '--waypost-radius-md',
  '--waypost-radius-lg',
  '--waypost-space-1',
  '--waypost-space-2',
  '--waypost-space-3',
  '--waypost-space-4',
  '--waypost-space-5',
  '--waypost-space-6',
  '--waypost-shadow',
  '--waypost-duration-fast',
  '--waypost-duration-normal',
  '--waypost-easing',
] as const;

/** One of the `--waypost-*` custom property names. */
export type CustomProperty = (typeof CUSTOM_PROPERTIES)[number];

/** A token's name: its custom property without the `--waypost-` prefix (`color-accent`, `space-3`). */
export type TokenName = CustomProperty extends `--waypost-${infer Name}` ? Name : never;
