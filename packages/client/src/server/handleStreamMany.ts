import { ROUTES } from '../protocol/ROUTES.js';
import type { StreamEnd } from '../protocol/StreamEnd.js';
import type { StreamManyInput } from '../protocol/StreamManyInput.js';
import type { EventStreamRecord } from './createEventStream.js';
import { createRecordFeed } from './createRecordFeed.js';
import { createStreamResponse } from './createStreamResponse.js';
import { getAuthorizedResource } from './getAuthorizedResource.js';
import { getSourceContext } from './getSourceContext.js';
import type { HandlerContext } from './HandlerContext.js';
import type { HandlerRequest } from './HandlerRequest.js';
import { ProblemError } from './ProblemError.js';
import { parseActionInput } from './parseActionInput.js';
import { readJsonBody } from './readJsonBody.js';
import { toFetchRequest } from './toFetchRequest.js';
import { verifyGrant } from './verifyGrant.js';
import { withStreamSlot } from './withStreamSlot.js';

/**
 * `POST /stream`: one event stream for up to 32 records, each opened by its own token (in the body), so a page that
 * shows many records holds one connection, counted once against `maxStreamsPerClient`. A record whose token is
 * refused or that is not found gets an `end` event at once and the others stream; any other failure (the source
 * down) fails the request. `501` when the backend cannot push.
 *
 * @example const response = await handleStreamMany(request, context)
 */
export async function handleStreamMany(request: HandlerRequest, context: HandlerContext): Promise<Response> {
  // Read after the `501` check and before a slot is taken, so a slow or malformed body holds none.
  const read = async () =>
    parseActionInput(ROUTES.streamMany.input, await readJsonBody(toFetchRequest(request), context.maxBodyBytes));
  const open = async (leave: () => void, { records }: StreamManyInput) => {
    const sourceContext = getSourceContext(request);
    const distinct = records.filter(
      (record, index) => records.findIndex((other) => other.kind === record.kind && other.id === record.id) === index,
    );
    const opened = await Promise.all(
      distinct.map(async ({ kind, id, token }): Promise<EventStreamRecord | StreamEnd> => {
        try {
          const grant = await verifyGrant(token, context);
          const initial = await getAuthorizedResource(grant, kind, id, context, sourceContext);
          return createRecordFeed(grant, kind, id, initial, context);
        } catch (error) {
          if (!(error instanceof ProblemError) || (error.status !== 401 && error.status !== 404)) throw error;
          return { kind, id, status: error.status, code: error.code };
        }
      }),
    );
    return createStreamResponse(
      request,
      context,
      leave,
      opened.filter((each): each is EventStreamRecord => 'initial' in each),
      opened.filter((each): each is StreamEnd => 'code' in each),
    );
  };
  return withStreamSlot(request, context, open, read);
}
