import type { WidgetOptions } from '../types/WidgetOptions.js';

/**
 * The options that differ between two renders, as a patch for `handle.update()`: changed values by identity, and
 * removed ones as `undefined` (so the widget falls back to its default). `null` when nothing changed. For framework
 * wrappers (`@waypost/react`, `@waypost/vue`) that hold the last options they applied.
 *
 * @example diffOptions({ order: 'W1' }, { order: 'W2' }) // { order: 'W2' }
 */
export function diffOptions(previous: WidgetOptions, next: WidgetOptions): Partial<WidgetOptions> | null {
  const patch: Record<string, unknown> = {};
  let changed = false;
  for (const key of new Set([...Object.keys(previous), ...Object.keys(next)])) {
    const value = next[key as keyof WidgetOptions];
    if (previous[key as keyof WidgetOptions] !== value) {
      patch[key] = value;
      changed = true;
    }
  }
  return changed ? (patch as Partial<WidgetOptions>) : null;
}
