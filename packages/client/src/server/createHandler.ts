import { createHandlerContext } from './createHandlerContext.js';
import { getCorsHeaders } from './getCorsHeaders.js';
import type { HandlerOptions } from './HandlerOptions.js';
import type { HandlerRequest } from './HandlerRequest.js';
import { handlerEntries } from './handlerEntries.js';
import { normalizeBasePath } from './normalizeBasePath.js';
import type { PlainResponse } from './PlainResponse.js';
import { routeRequest } from './routeRequest.js';
import { toFetchRequest } from './toFetchRequest.js';
import { toFetchResponse } from './toFetchResponse.js';
import { toProblemResponse } from './toProblemResponse.js';

/**
 * Creates the Waypost handler: a standard `Request → Response` function serving HTTP protocol v1 over `source`
 * (lookup with verification and signed tokens, reads with ETags, event streams, actions, provider webhooks) on any
 * runtime with the Fetch API — Node 20, Deno, Bun, Cloudflare Workers, Next.js route handlers. Every response
 * carries `X-Content-Type-Options: nosniff` and `Vary: Origin`; errors are `application/problem+json`, and a source
 * that throws yields a bare 500 while the error goes to `onError`.
 *
 * @example
 * const handler = createHandler({
 *   source: demoSource(),
 *   secret: process.env.WAYPOST_SECRET,
 *   basePath: '/api/waypost',
 *   cors: { origins: ['https://shop.example'] },
 * })
 * const response = await handler(new Request('https://shop.example/api/waypost/capabilities'))
 */
export function createHandler(options: HandlerOptions): (request: Request) => Promise<Response> {
  const context = createHandlerContext(options);
  const basePath = normalizeBasePath(options.basePath);
  const onError = options.onError ?? ((error: unknown) => console.error('[waypost] the handler failed', error));
  // The entry takes a Fetch Request or the node:http adapter's lighter view of a bodyless request, and answers a
  // read as plain data (the adapter writes it without building a Response).
  const entry = async (request: HandlerRequest): Promise<Response | PlainResponse> => {
    let response: Response | PlainResponse;
    try {
      response = await routeRequest(request, basePath, context, options.cors);
    } catch (error) {
      response = toProblemResponse(error, (cause) => {
        try {
          onError(cause, toFetchRequest(request));
        } catch {
          // A failing error reporter must not turn a 500 into an unhandled rejection.
        }
      });
    }
    const preflight = request.method === 'OPTIONS';
    const added: Record<string, string> = {
      ...(preflight ? {} : getCorsHeaders(options.cors, request.headers.get('origin'))),
      'X-Content-Type-Options': 'nosniff',
    };
    if (!(response instanceof Response)) {
      const { Vary: vary, ...headers } = response.headers;
      return { ...response, headers: { ...headers, ...added, Vary: vary ? `${vary}, Origin` : 'Origin' } };
    }
    for (const [name, value] of Object.entries(added)) response.headers.set(name, value);
    response.headers.append('Vary', 'Origin');
    return response;
  };
  const handler = async (request: Request) => toFetchResponse(await entry(request));
  handlerEntries.set(handler, entry);
  return handler;
}
