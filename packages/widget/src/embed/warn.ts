/** True in development (sources run directly, tests); the build replaces `__DEV__` so this folds to `false`. */
export const DEV: boolean = typeof __DEV__ === 'undefined' ? true : __DEV__;

/**
 * Logs a warning with the `[waypost]` prefix. A misuse the page's developer must see (a `mount` target that
 * matches nothing, an unknown command) warns in every build; a call guarded by `DEV` is dropped from shipped files.
 *
 * @example warn(`mount: no element matches ${target}`)
 */
export function warn(message: string, ...details: unknown[]): void {
  console.warn(`[waypost] ${message}`, ...details);
}
