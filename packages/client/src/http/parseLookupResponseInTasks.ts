import type { Capabilities } from '../model/Capabilities.js';
import type { LookupResult } from '../model/LookupResult.js';
import type { Shipment } from '../model/Shipment.js';
import { shipmentSchema } from '../model/schemas/shipmentSchema.js';
import { ValidationIssue } from '../model/validate/Validator.js';
import { parseLookupResponse } from './parseLookupResponse.js';

/** From this many tracking events across an order's shipments, the answer is validated across several tasks. */
const MANY_EVENTS = 100;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * `parseLookupResponse` for answers of any size: an order whose shipments hold `MANY_EVENTS` or more tracking
 * events (a large order of hundreds of events costs tens of milliseconds to validate on a slow phone) is
 * validated one shipment per task, then the rest in one more task, so validating it never blocks the page for
 * long at a time. The result, and the error for a bad answer (a bad shipment runs the full check again to name
 * the same first bad field), are the same as `parseLookupResponse`'s; anything smaller is validated at once.
 *
 * @example const { result } = await parseLookupResponseInTasks(body, 'POST /lookup')
 */
export async function parseLookupResponseInTasks(
  body: unknown,
  what: string,
): Promise<{ result: LookupResult; capabilities: Capabilities | undefined }> {
  // Read loosely (the validators below are the real check): only a JSON order with many events takes this path.
  const { kind, order } = (body ?? {}) as { kind?: unknown; order?: { shipments?: unknown } };
  const shipments = kind === 'order' ? order?.shipments : undefined;
  if (!Array.isArray(shipments) || shipments.flatMap((shipment) => shipment?.events ?? []).length < MANY_EVENTS)
    return parseLookupResponse(body, what);
  const valid: Shipment[] = [];
  for (const shipment of shipments) {
    await nextTask();
    try {
      valid.push(shipmentSchema(shipment));
    } catch (issue) {
      if (issue instanceof ValidationIssue) return parseLookupResponse(body, what);
      throw issue;
    }
  }
  await nextTask();
  // Every shipment is valid by now, so the first bad field of the rest is the first bad field of the whole.
  const parsed = parseLookupResponse({ ...(body as object), order: { ...order, shipments: [] } }, what);
  if (parsed.result.kind === 'order') parsed.result.order.shipments = valid;
  return parsed;
}
