import { ROUTES } from '../protocol/ROUTES.js';
import { createJsonResponse } from './createJsonResponse.js';
import { getAuthorizedResource } from './getAuthorizedResource.js';
import { getItemIds } from './getItemIds.js';
import { getSourceContext } from './getSourceContext.js';
import type { HandlerContext } from './HandlerContext.js';
import { ProblemError } from './ProblemError.js';
import { parseActionInput } from './parseActionInput.js';
import { readBearerGrant } from './readBearerGrant.js';
import { readJsonBody } from './readJsonBody.js';

/**
 * `POST /issues`: reports a problem with a record the bearer token opens; named items must belong to it. `201`
 * with the retailer's receipt.
 *
 * @example const response = await handleReportIssue(request, context)
 */
export async function handleReportIssue(request: Request, context: HandlerContext): Promise<Response> {
  const { source } = context;
  if (!source.reportIssue) throw new ProblemError(501, 'unsupported', 'This store does not take issue reports here');
  const grant = await readBearerGrant(request, context);
  const input = parseActionInput(ROUTES.reportIssue.input, await readJsonBody(request, context.maxBodyBytes));
  const sourceContext = getSourceContext(request);
  const resource = await getAuthorizedResource(grant, input.kind, input.id, context, sourceContext);
  const known = getItemIds(resource);
  const errors = (input.itemIds ?? [])
    .map((itemId, index) => ({ itemId, index }))
    .filter(({ itemId }) => !known.has(itemId))
    .map(({ index }) => ({ field: `itemIds.${index}`, message: 'Not an item of this record' }));
  if (errors.length > 0) throw new ProblemError(400, 'invalid_request', 'The report is invalid', { errors });
  const receipt = await source.reportIssue(input, { ...sourceContext, resource });
  return createJsonResponse(receipt, 201, { 'Cache-Control': 'no-store' });
}
