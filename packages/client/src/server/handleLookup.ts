import { isVerificationError } from '../errors/VerificationError.js';
import { getResourceId } from '../http/getResourceId.js';
import type { LookupResult, Resource } from '../model/LookupResult.js';
import { resolveLookup } from '../source/resolveLookup.js';
import type { AccessTokenPayload } from './AccessTokenPayload.js';
import { createAccessToken } from './createAccessToken.js';
import { createJsonResponse } from './createJsonResponse.js';
import { enforceRateLimit } from './enforceRateLimit.js';
import { getAddressKey } from './getAddressKey.js';
import { getSourceContext } from './getSourceContext.js';
import type { HandlerContext } from './HandlerContext.js';
import { ProblemError } from './ProblemError.js';
import { parseLookupBody } from './parseLookupBody.js';
import { presentResource } from './presentResource.js';
import { readJsonBody } from './readJsonBody.js';
import { verifyAccessToken } from './verifyAccessToken.js';

// The key an order number is counted under: case, spaces and a leading `#` must not give an attacker fresh budgets.
const orderKey = (orderNumber: string) => orderNumber.replace(/\s+/g, '').replace(/^#/, '').toLowerCase();

async function lookupByToken(token: string, context: HandlerContext, request: Request): Promise<LookupResult> {
  let grant: AccessTokenPayload;
  try {
    grant = await verifyAccessToken(token, { secret: context.secrets, now: context.now() });
  } catch (error) {
    if (!isVerificationError(error)) throw error;
    throw new ProblemError(
      401,
      'verification_failed',
      'This link is invalid or has expired; look the order up instead',
    );
  }
  const resource = await context.source.get(grant.k, grant.id, getSourceContext(request));
  if (!resource) throw new ProblemError(404, 'not_found', 'The record of this link no longer exists');
  // The same token goes back: a 7-day deep link must not turn into a 15-minute one, nor a short one into a long one.
  return {
    ...presentResource(resource, grant),
    access: { token, expiresAt: new Date(grant.exp * 1000).toISOString() },
  };
}

/**
 * `POST /lookup`: rate-limited per client address and per order number, validated, verified by `resolveLookup`,
 * answered with the record, a short-lived token scoped to it and the handler's capabilities. Never cached.
 *
 * @example const response = await handleLookup(request, context)
 */
export async function handleLookup(request: Request, context: HandlerContext): Promise<Response> {
  await enforceRateLimit(context, 'lookup', getAddressKey(context.getClientAddress(request)));
  const query = parseLookupBody(await readJsonBody(request, context.maxBodyBytes));
  let result: LookupResult;
  if ('token' in query) {
    result = await lookupByToken(query.token, context, request);
  } else {
    if ('orderNumber' in query) await enforceRateLimit(context, 'perOrder', orderKey(query.orderNumber));
    const resource: Resource = await resolveLookup(context.source, query, getSourceContext(request));
    const byTrackingNumber = 'trackingNumber' in query;
    if (byTrackingNumber && resource.kind !== 'shipment') throw new Error('resolveLookup returned a non-shipment');
    const id = getResourceId(resource);
    const grant: AccessTokenPayload = { k: resource.kind, id, exp: 0 };
    const access = await createAccessToken({
      secret: context.secrets[0] as string,
      kind: resource.kind,
      id,
      ttlSeconds: context.tokenTtl,
      now: context.now(),
    });
    result = { ...presentResource(resource, grant), access };
  }
  // The capabilities ride along, so a client needs no GET /capabilities before it can offer actions or a stream.
  return createJsonResponse({ ...result, capabilities: context.capabilities }, 200, { 'Cache-Control': 'no-store' });
}
