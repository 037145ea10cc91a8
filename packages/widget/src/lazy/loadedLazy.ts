/**
 * The modules that have loaded after the first paint, by the same key as `loadLazy`'s: a view that mounts once its
 * module is in renders it at once instead of painting a loading state first.
 */
export const loadedLazy = new Map<string, unknown>();
