/** One broken copy of a payload, and the field path that was broken. */
export interface MalformedVariant {
  name: string;
  path: string;
  payload: unknown;
}

function setAt(root: unknown, path: string, change: (parent: Record<string, unknown>, key: string) => void): unknown {
  const copy = structuredClone(root);
  const keys = path.split('.');
  let parent = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = parent[key];
    if (typeof next !== 'object' || next === null)
      throw new Error(`[waypost] test setup: no object at ${key} of ${path}`);
    parent = next as Record<string, unknown>;
  }
  const last = keys.at(-1) as string;
  if (!(last in parent)) throw new Error(`[waypost] test setup: ${path} is not in the payload`);
  change(parent, last);
  return copy;
}

/**
 * Broken copies of a valid payload for conformance tests: the whole payload `null` or an array, and for each
 * required path the field removed (object fields only), `null`, of the wrong type, and (for objects) an array instead. A normalizer
 * must answer every one with an `InvalidResponseError`, never a `TypeError`.
 *
 * @example getMalformedVariants(payload, ['fulfillment.id']).length // 2 + 3
 */
export function getMalformedVariants(payload: unknown, requiredPaths: readonly string[]): MalformedVariant[] {
  const variants: MalformedVariant[] = [
    { name: 'the payload is null', path: '', payload: null },
    { name: 'the payload is an array', path: '', payload: [payload] },
  ];
  for (const path of requiredPaths) {
    // Removing an array element leaves a valid, shorter list: only object fields can go missing.
    if (!/\.\d+$/.test(path)) {
      variants.push({
        name: `${path} removed`,
        path,
        payload: setAt(payload, path, (parent, key) => delete parent[key]),
      });
    }
    variants.push({ name: `${path} null`, path, payload: setAt(payload, path, (parent, key) => (parent[key] = null)) });
    variants.push({
      name: `${path} of the wrong type`,
      path,
      payload: setAt(payload, path, (parent, key) => {
        parent[key] = typeof parent[key] === 'object' ? 'not an object' : true;
      }),
    });
    const value = setAt(payload, path, () => {}) as unknown;
    const current = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
    if (typeof current === 'object' && current !== null && !Array.isArray(current)) {
      variants.push({
        name: `${path} an array instead of an object`,
        path,
        payload: setAt(payload, path, (parent, key) => (parent[key] = [parent[key]])),
      });
    }
  }
  return variants;
}
