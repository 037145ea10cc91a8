import { getAddressKey } from './getAddressKey.js';
import type { HandlerContext } from './HandlerContext.js';
import type { HandlerRequest } from './HandlerRequest.js';
import { ProblemError } from './ProblemError.js';
import { reserveStream } from './reserveStream.js';

/**
 * The frame of both stream routes: `501` when the backend cannot push, then `read` (the request's body, if the route
 * has one) before any slot is taken, so a slow or malformed body holds none; then one of the client address's stream
 * slots reserved (a `429` when it holds them all) and handed to `open`, with what `read` returned, as the function
 * that frees it. A failure before the stream's response exists frees the slot at once; after, the response frees it
 * when the stream ends.
 *
 * @example return withStreamSlot(request, context, async (leave) => createStreamResponse(request, context, leave, feeds))
 * @example return withStreamSlot(request, context, (leave, records) => open(leave, records), () => readRecords(request))
 */
export async function withStreamSlot<T = undefined>(
  request: HandlerRequest,
  context: HandlerContext,
  open: (leave: () => void, input: T) => Promise<Response>,
  read?: () => Promise<T>,
): Promise<Response> {
  if (!context.capabilities.push) throw new ProblemError(501, 'unsupported', 'This store does not push updates');
  const input = (await read?.()) as T;
  const leave = reserveStream(context, getAddressKey(context.getClientAddress(request)));
  try {
    return await open(leave, input);
  } catch (error) {
    leave();
    throw error;
  }
}
