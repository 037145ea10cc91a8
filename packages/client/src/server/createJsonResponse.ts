import { rememberResponseBody } from './rememberResponseBody.js';

/**
 * A JSON response with the given status and headers.
 *
 * @example createJsonResponse(capabilities, 200, { 'Cache-Control': 'public, max-age=300' })
 */
export function createJsonResponse(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  return rememberResponseBody(
    new Response(text, { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers } }),
    text,
  );
}
