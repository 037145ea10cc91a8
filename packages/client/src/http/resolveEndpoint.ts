/**
 * Makes the endpoint absolute, without a trailing slash. A relative endpoint needs `baseUrl`: the client never
 * reads the page's location itself.
 *
 * @example resolveEndpoint('/apps/waypost', 'https://shop.example/cart') // 'https://shop.example/apps/waypost'
 */
export function resolveEndpoint(endpoint: string, baseUrl?: string | URL): string {
  let url: URL;
  try {
    url = new URL(endpoint, baseUrl);
  } catch (cause) {
    throw new TypeError(
      `[waypost] endpoint "${endpoint}" is not an absolute URL; pass baseUrl (for example location.href)`,
      { cause },
    );
  }
  url.hash = '';
  return url.href.replace(/\/+$/, '');
}
