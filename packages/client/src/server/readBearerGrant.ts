import type { AccessTokenPayload } from './AccessTokenPayload.js';
import type { HandlerContext } from './HandlerContext.js';
import type { HandlerRequest } from './HandlerRequest.js';
import { verifyGrant } from './verifyGrant.js';

/**
 * The grant of the request's `Authorization: Bearer` token, or a 401 when it is missing, malformed, tampered with or
 * expired (one answer for all, so probing learns nothing). Tokens are read from the header only, never from the URL,
 * where logs and `Referer` would leak them.
 *
 * @example const grant = await readBearerGrant(request, context)
 */
export function readBearerGrant(request: HandlerRequest, context: HandlerContext): Promise<AccessTokenPayload> {
  return verifyGrant(/^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')?.[1], context);
}
