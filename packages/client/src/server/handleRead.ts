import type { ResourceKind } from '../model/ResourceKind.js';
import { getAuthorizedResource } from './getAuthorizedResource.js';
import { getSourceContext } from './getSourceContext.js';
import type { HandlerContext } from './HandlerContext.js';
import type { HandlerRequest } from './HandlerRequest.js';
import { isEtagMatch } from './isEtagMatch.js';
import type { PlainResponse } from './PlainResponse.js';
import { readBearerGrant } from './readBearerGrant.js';
import { serializeResource } from './serializeResource.js';

/**
 * `GET /{kind}s/{id}` with a bearer token: the record with a strong `ETag`, or `304` when `If-None-Match` still
 * matches. `private, no-cache` lets the browser keep a copy but makes it ask every time, and keeps shared caches out.
 *
 * @example const response = await handleRead(request, 'order', 'ord_1', context)
 */
export async function handleRead(
  request: HandlerRequest,
  kind: ResourceKind,
  id: string,
  context: HandlerContext,
): Promise<PlainResponse> {
  const grant = await readBearerGrant(request, context);
  const resource = await getAuthorizedResource(grant, kind, id, context, getSourceContext(request));
  const { body, etag } = await serializeResource(resource);
  const headers = { ETag: etag, 'Cache-Control': 'private, no-cache' };
  if (isEtagMatch(request.headers.get('if-none-match'), etag)) return { status: 304, headers, body: null };
  return { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' }, body };
}
