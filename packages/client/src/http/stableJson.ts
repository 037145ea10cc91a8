/**
 * JSON with object keys sorted, so two equal records compare equal whatever order their keys were built in.
 *
 * @example stableJson({ b: 1, a: 2 }) === stableJson({ a: 2, b: 1 }) // true
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, part: unknown) =>
    part && typeof part === 'object' && !Array.isArray(part)
      ? Object.fromEntries(Object.entries(part).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : part,
  );
}
