import type { Messages } from './en.js';

/**
 * The script-tag build's stand-in for `importBundledCatalog`: the IIFE carries no catalog, it loads them by URL
 * from beside the script. Reached only when that URL is unknown (an inline copy of the script with no `src`).
 *
 * @example await importBundledCatalog('es') // rejects: set `assetsUrl`
 */
export function importBundledCatalog(tag: string): Promise<{ default?: Messages }> {
  return Promise.reject(new Error(`[waypost] set \`assetsUrl\` to load the "${tag}" catalog`));
}
