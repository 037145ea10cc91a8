/**
 * A Node built-in module when the runtime has one (Node ≥ 20.16, Bun, Deno), found through `globalThis` without an
 * import, so a bundle for Workers or an edge runtime never meets a `node:` module; `undefined` anywhere else. The
 * one place the handler's code may look for Node.
 *
 * @example const crypto = getNodeBuiltin<{ createHmac: CreateHmac }>('node:crypto')
 */
export function getNodeBuiltin<T>(id: `node:${string}`): T | undefined {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return runtime?.getBuiltinModule?.(id) as T | undefined;
}
