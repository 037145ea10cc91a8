import type { ResourceKind } from '../model/ResourceKind.js';
import { createRecordFeed } from './createRecordFeed.js';
import { createStreamResponse } from './createStreamResponse.js';
import { getAuthorizedResource } from './getAuthorizedResource.js';
import { getSourceContext } from './getSourceContext.js';
import type { HandlerContext } from './HandlerContext.js';
import type { HandlerRequest } from './HandlerRequest.js';
import { readBearerGrant } from './readBearerGrant.js';
import { withStreamSlot } from './withStreamSlot.js';

/**
 * `GET /stream/{kind}/{id}`: Server-Sent Events of the record, fed by the source's `subscribe` and by the push hub
 * (webhooks). `501` when the backend cannot push. The token is checked once, at connection time.
 *
 * @example const response = await handleStream(request, 'order', 'ord_1', context)
 */
export async function handleStream(
  request: HandlerRequest,
  kind: ResourceKind,
  id: string,
  context: HandlerContext,
): Promise<Response> {
  return withStreamSlot(request, context, async (leave) => {
    const grant = await readBearerGrant(request, context);
    const initial = await getAuthorizedResource(grant, kind, id, context, getSourceContext(request));
    return createStreamResponse(request, context, leave, [createRecordFeed(grant, kind, id, initial, context)]);
  });
}
