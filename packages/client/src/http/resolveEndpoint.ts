/**
 * Splits the endpoint into its absolute base, without a trailing slash, and its query, which every request carries
 * after its own path (a hosted handler behind `?key=` gets it on each call). A relative endpoint needs `baseUrl`:
 * the client never reads the page's location itself. It must be `http:` or `https:`, without a user or password
 * (`fetch` refuses those) and without a `#fragment`, which is never sent: `/#/apps/waypost` would quietly ask the
 * page's origin instead.
 *
 * @example resolveEndpoint('/apps/waypost', 'https://shop.example/cart') // ['https://shop.example/apps/waypost', '']
 * @example resolveEndpoint('https://hosted.example/waypost/?key=k1') // ['https://hosted.example/waypost', '?key=k1']
 */
export function resolveEndpoint(endpoint: string, baseUrl?: string | URL): [base: string, query: string] {
  let url: URL | undefined;
  try {
    url = new URL(endpoint, baseUrl);
  } catch {}
  if (!url || !/^https?:$/.test(url.protocol) || url.hash) {
    throw new TypeError(
      `[waypost] endpoint "${endpoint}" is not an absolute http(s) URL without #fragment; pass baseUrl (for example location.href)`,
    );
  }
  // `fetch` refuses a URL with credentials: every request would fail as a `NetworkError`. Not echoed: it is secret.
  if (url.username || url.password) {
    throw new TypeError('[waypost] endpoint must be a URL without user or password');
  }
  const query = url.search;
  url.search = url.hash = '';
  return [url.href.replace(/\/+$/, ''), query];
}
