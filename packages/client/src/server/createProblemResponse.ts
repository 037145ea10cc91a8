import type { Problem } from '../errors/Problem.js';
import type { ProblemCode, ProblemExtras } from './ProblemError.js';
import { rememberResponseBody } from './rememberResponseBody.js';

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
};

/**
 * An RFC 9457 problem response. `type` is `about:blank`, so `title` is the status phrase and the protocol's `code`
 * carries the meaning; errors are never cached.
 *
 * @example createProblemResponse(404, 'not_found', 'No order matches that number')
 */
export function createProblemResponse(
  status: number,
  code: ProblemCode,
  detail: string,
  extras: ProblemExtras = {},
): Response {
  const problem: Problem = { type: 'about:blank', title: titles[status] ?? 'Error', status, detail, code };
  if (extras.errors?.length) problem.errors = extras.errors;
  if (extras.retryAfter !== undefined) problem.retryAfter = extras.retryAfter;
  const headers = new Headers(extras.headers);
  headers.set('Content-Type', 'application/problem+json');
  headers.set('Cache-Control', 'no-store');
  if (extras.retryAfter !== undefined) headers.set('Retry-After', String(extras.retryAfter));
  const text = JSON.stringify(problem);
  return rememberResponseBody(new Response(text, { status, headers }), text);
}
