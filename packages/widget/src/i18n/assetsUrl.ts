let assetsUrl: string | undefined;

/**
 * Sets the folder catalogs load from when an instance has no `assetsUrl`: the script tag passes its own URL's
 * folder, captured while it runs (`document.currentScript` is `null` later).
 *
 * @example setDefaultAssetsUrl(new URL('./', document.currentScript.src).href)
 */
export function setDefaultAssetsUrl(url: string | undefined): void {
  assetsUrl = url;
}

/** The folder set by `setDefaultAssetsUrl`, if any. */
export function getDefaultAssetsUrl(): string | undefined {
  return assetsUrl;
}
