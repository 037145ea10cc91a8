import type { IncomingHttpHeaders } from 'node:http';

/**
 * Node's request headers as the name/value pairs a Fetch `Request` takes: HTTP/2 pseudo-headers (`:path`) left
 * out, and each value of a repeated header its own pair.
 *
 * @example new Request(url, { headers: toHeaderPairs(req.headers) })
 */
export function toHeaderPairs(headers: IncomingHttpHeaders): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (name.startsWith(':') || value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) pairs.push([name, item]);
  }
  return pairs;
}
