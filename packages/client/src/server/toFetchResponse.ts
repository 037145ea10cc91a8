import type { PlainResponse } from './PlainResponse.js';
import { rememberResponseBody } from './rememberResponseBody.js';

/**
 * `response` as a Fetch `Response`: itself when it is one, else one built from its status, headers and body.
 *
 * @example return toFetchResponse(await entry(request))
 */
export function toFetchResponse(response: Response | PlainResponse): Response {
  if (response instanceof Response) return response;
  const built = new Response(response.body, { status: response.status, headers: response.headers });
  return response.body === null ? built : rememberResponseBody(built, response.body);
}
