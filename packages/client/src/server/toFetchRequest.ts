import type { HandlerRequest } from './HandlerRequest.js';

/**
 * `request` as a Fetch `Request`: itself when it is one, else the one its lighter view makes (once). For a body,
 * and for the hooks a deployment passes in (`getClientAddress`, `onError`), which are promised a `Request`.
 *
 * @example options.onError?.(error, toFetchRequest(request))
 */
export function toFetchRequest(request: HandlerRequest): Request {
  return request.toRequest ? request.toRequest() : (request as Request);
}
