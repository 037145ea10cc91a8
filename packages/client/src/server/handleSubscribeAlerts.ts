import { ROUTES } from '../protocol/ROUTES.js';
import { createJsonResponse } from './createJsonResponse.js';
import { getAuthorizedResource } from './getAuthorizedResource.js';
import { getSourceContext } from './getSourceContext.js';
import type { HandlerContext } from './HandlerContext.js';
import { ProblemError } from './ProblemError.js';
import { parseActionInput } from './parseActionInput.js';
import { readBearerGrant } from './readBearerGrant.js';
import { readJsonBody } from './readJsonBody.js';

/**
 * `POST /alerts`: opts the shopper in to email or SMS alerts for a record the bearer token opens. The address is
 * checked for shape (email, or E.164 for SMS) and the channel must be one the store offers. `201` with the opt-in.
 *
 * @example const response = await handleSubscribeAlerts(request, context)
 */
export async function handleSubscribeAlerts(request: Request, context: HandlerContext): Promise<Response> {
  const { source } = context;
  if (!source.subscribeAlerts) throw new ProblemError(501, 'unsupported', 'This store does not send alerts');
  const grant = await readBearerGrant(request, context);
  const input = parseActionInput(ROUTES.subscribeAlerts.input, await readJsonBody(request, context.maxBodyBytes));
  if (!context.capabilities.alerts?.channels.includes(input.channel)) {
    throw new ProblemError(400, 'invalid_request', 'The request is invalid', {
      errors: [{ field: 'channel', message: `This store does not send ${input.channel} alerts` }],
    });
  }
  const sourceContext = getSourceContext(request);
  const resource = await getAuthorizedResource(grant, input.kind, input.id, context, sourceContext);
  const subscription = await source.subscribeAlerts(input, { ...sourceContext, resource });
  return createJsonResponse(subscription, 201, { 'Cache-Control': 'no-store' });
}
