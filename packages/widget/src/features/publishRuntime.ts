import { VERSION } from '../embed/VERSION.js';
import * as shared from './shared.js';

/** `Symbol.for` key of the runtime registry on `globalThis`: `{ [version]: runtime }`. */
export const RUNTIME_KEY: unique symbol = Symbol.for('waypost.runtime') as never;

/**
 * What the on-demand files take from the main bundle: `shared`, every name they may import from Preact, its hooks,
 * its JSX runtime, `@preact/signals` or the widget (a test checks the features' sources against it; the script-tag
 * build fails when an on-demand file reads a name it lacks). `result.js` adds `result` when it runs.
 */
export const runtime: { shared: typeof shared; result?: unknown } = { shared };

/**
 * Publishes this copy's runtime under its version (`globalThis[Symbol.for('waypost.runtime')][VERSION]`), so
 * that the `features.js` of the same release runs on the very Preact, hooks and widget context that render the
 * widget. Two versions on one page each keep their own entry.
 *
 * @example publishRuntime(); await import(new URL('features.js', base).href)
 */
export function publishRuntime(): void {
  const global = globalThis as typeof globalThis & { [RUNTIME_KEY]?: Record<string, typeof runtime> };
  const registry = global[RUNTIME_KEY] ?? {};
  global[RUNTIME_KEY] = registry;
  registry[VERSION] ??= runtime;
}
