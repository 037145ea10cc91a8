/**
 * Where the script-tag build's `live.js` loads from: the `assetsUrl` of the first widget on the page that set one,
 * else (`url` unset) the script's own folder. `live.js` belongs to the client every widget of a page shares, and
 * its text is the same in any folder of one release, so the first folder given serves them all.
 *
 * @example liveAssets.url ??= new URL(options.assetsUrl, document.baseURI).href
 */
export const liveAssets: { url?: string } = {};
