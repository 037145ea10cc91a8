import type { HandlerRequest } from './HandlerRequest.js';
import type { PlainResponse } from './PlainResponse.js';

/**
 * The handlers `createHandler` made, each with its own entry, which also takes the node:http adapter's lighter
 * request view, reads the disconnect signal with `getRequestSignal`, and may answer as plain data. The adapter uses
 * these for Waypost's own handlers; any other handler gets a Fetch `Request` with `request.signal`.
 */
export const handlerEntries = new WeakMap<
  (request: Request) => Promise<Response>,
  (request: HandlerRequest) => Promise<Response | PlainResponse>
>();
