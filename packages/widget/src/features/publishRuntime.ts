import { batch, computed, signal } from '@preact/signals';
import { Component, createContext, Fragment } from 'preact';
import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { jsx, jsxs } from 'preact/jsx-runtime';
import { VERSION } from '../embed/VERSION.js';
import * as shared from './shared.js';

/** `Symbol.for` key of the runtime registry on `globalThis`: `{ [version]: runtime }`. */
export const RUNTIME_KEY: unique symbol = Symbol.for('waypost.runtime') as never;

/**
 * Everything `features.js` imports, by module: the only names it may use (a test checks its sources against
 * this object). Listing names rather than whole namespaces keeps the rest of Preact tree-shaken.
 */
export const runtime = {
  preact: { Component, createContext, Fragment },
  hooks: { useContext, useEffect, useLayoutEffect, useRef, useState },
  jsxRuntime: { jsx, jsxs, Fragment },
  signals: { batch, computed, signal },
  shared,
};

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
