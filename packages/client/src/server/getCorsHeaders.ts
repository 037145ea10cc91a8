import type { CorsOptions } from './CorsOptions.js';
import { isOriginAllowed } from './isOriginAllowed.js';

const allowedHeaders = 'Authorization, Content-Type, If-None-Match, Accept, Accept-Language';

/**
 * The CORS headers for a request: empty for a disallowed (or absent) origin, so the browser keeps the response
 * from the page; with `preflight`, the method and header grants too. The origin is echoed rather than `*`, which is
 * why every response also carries `Vary: Origin` (added by the handler). `Timing-Allow-Origin` names it too, so
 * that page's Resource Timing reports the protocol the answers came over (the client streams more at once over
 * HTTP/2: see its `maxStreams`).
 *
 * @example getCorsHeaders(cors, request.headers.get('origin'))
 */
export function getCorsHeaders(
  cors: CorsOptions | undefined,
  origin: string | null,
  preflight?: { methods: readonly string[] },
): Record<string, string> {
  if (!isOriginAllowed(cors, origin)) return {};
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': 'ETag, Retry-After',
    'Timing-Allow-Origin': origin,
  };
  if (preflight) {
    headers['Access-Control-Allow-Methods'] = [...preflight.methods, 'OPTIONS'].join(', ');
    headers['Access-Control-Allow-Headers'] = allowedHeaders;
    headers['Access-Control-Max-Age'] = String(cors?.maxAge ?? 600);
  }
  return headers;
}
