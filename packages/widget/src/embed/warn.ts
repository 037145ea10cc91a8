/** True in development (sources run directly, tests); the build replaces `__DEV__` so this folds to `false`. */
export const DEV: boolean = typeof __DEV__ === 'undefined' ? true : __DEV__;

/**
 * Logs a developer warning with the `[waypost]` prefix. Calls are dropped from production bundles because every
 * call site is guarded by `DEV`.
 *
 * @example if (DEV) warn('`endpoint` or `client` is required')
 */
export function warn(message: string, ...details: unknown[]): void {
  console.warn(`[waypost] ${message}`, ...details);
}
