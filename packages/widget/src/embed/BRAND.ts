const registry: unique symbol = Symbol.for('waypost.widget') as never;
const instance: unique symbol = Symbol.for('waypost.instance') as never;

/**
 * `Symbol.for` keys shared by every loaded copy of the widget, so that two copies (or two versions) on one page
 * recognise each other's globals and mounted elements instead of fighting over them.
 */
export const BRAND = {
  /** On `window`: `{ [version]: api }`, one entry per loaded script-tag copy; on an api: its version. */
  registry,
  /** On a host element: the handle of the instance mounted there, whichever copy mounted it. */
  instance,
} as const;
