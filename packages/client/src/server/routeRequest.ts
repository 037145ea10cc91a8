import { createJsonResponse } from './createJsonResponse.js';
import { createProblemResponse } from './createProblemResponse.js';
import { enforceRateLimit } from './enforceRateLimit.js';
import { getAddressKey } from './getAddressKey.js';
import { getCorsHeaders } from './getCorsHeaders.js';
import type { HandlerContext } from './HandlerContext.js';
import type { HandlerOptions } from './HandlerOptions.js';
import type { HandlerRequest } from './HandlerRequest.js';
import { handleLookup } from './handleLookup.js';
import { handleRead } from './handleRead.js';
import { handleReportIssue } from './handleReportIssue.js';
import { handleStartReturn } from './handleStartReturn.js';
import { handleStream } from './handleStream.js';
import { handleStreamMany } from './handleStreamMany.js';
import { handleSubscribeAlerts } from './handleSubscribeAlerts.js';
import { handleUnsubscribe } from './handleUnsubscribe.js';
import { handleWebhook } from './handleWebhook.js';
import { isOriginAllowed } from './isOriginAllowed.js';
import { matchRoute } from './matchRoute.js';
import type { PlainResponse } from './PlainResponse.js';
import { ProblemError } from './ProblemError.js';
import { toFetchRequest } from './toFetchRequest.js';
import { webhookReceivers } from './webhookReceivers.js';

/**
 * Answers one request: finds its route under `basePath`, answers preflights, refuses wrong methods (405 with
 * `Allow`), applies the general rate limit, and hands over to the route. Throws `ProblemError`s for the handler
 * to render.
 *
 * @example const response = await routeRequest(request, '/api/waypost', context, options.cors)
 */
export async function routeRequest(
  request: HandlerRequest,
  basePath: string,
  context: HandlerContext,
  cors: HandlerOptions['cors'],
): Promise<Response | PlainResponse> {
  const route = matchRoute(new URL(request.url).pathname, basePath);
  const webhook = route?.name === 'webhook' ? context.webhooks[route.provider!] : undefined;
  if (!route || (route.name === 'webhook' && !webhook) || (route.name === 'unsubscribe' && !context.notifier)) {
    throw new ProblemError(404, 'not_found', 'There is no such endpoint');
  }
  const allow = [...route.methods, 'OPTIONS'].join(', ');
  if (request.method === 'OPTIONS') {
    const origin = request.headers.get('origin');
    if (origin === null || !request.headers.has('access-control-request-method')) {
      return new Response(null, { status: 204, headers: { Allow: allow } });
    }
    if (!isOriginAllowed(cors, origin)) {
      return createProblemResponse(403, 'verification_failed', 'This origin may not call this endpoint');
    }
    return new Response(null, {
      status: 204,
      headers: { ...getCorsHeaders(cors, origin, { methods: route.methods }), Allow: allow },
    });
  }
  if (!route.methods.includes(request.method)) {
    throw new ProblemError(405, 'invalid_request', `Use ${route.methods.join(' or ')} here`, {
      headers: { Allow: allow },
    });
  }
  if (route.name === 'webhook') {
    return handleWebhook(
      toFetchRequest(request),
      webhookReceivers[route.provider!],
      webhook!,
      context.push,
      context.cache,
      context.notifier,
    );
  }
  if (route.name === 'lookup') return handleLookup(toFetchRequest(request), context);
  await enforceRateLimit(context, 'other', getAddressKey(context.getClientAddress(request)));
  switch (route.name) {
    case 'capabilities':
      return createJsonResponse(context.capabilities, 200, { 'Cache-Control': 'public, max-age=300' });
    case 'read':
      return handleRead(request, route.kind!, route.id!, context);
    case 'stream':
      return handleStream(request, route.kind!, route.id!, context);
    case 'streamMany':
      return handleStreamMany(request, context);
    case 'startReturn':
      return handleStartReturn(toFetchRequest(request), context);
    case 'subscribeAlerts':
      return handleSubscribeAlerts(toFetchRequest(request), context);
    case 'reportIssue':
      return handleReportIssue(toFetchRequest(request), context);
    case 'unsubscribe':
      return handleUnsubscribe(toFetchRequest(request), route.token!, context.notifier!);
  }
}
