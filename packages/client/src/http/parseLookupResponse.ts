import type { Capabilities } from '../model/Capabilities.js';
import type { LookupResult } from '../model/LookupResult.js';
import { parseModel } from '../model/parseModel.js';
import { ROUTES } from '../protocol/ROUTES.js';

// Taken out once: a bundler keeps every field of a table entry whose function is called straight off it.
const resultSchema = ROUTES.lookup.output;
const capabilitiesSchema = ROUTES.capabilities.output;

/**
 * Validates the body of a `200` from `POST /lookup` with the `ROUTES` output schemas: the `LookupResult`, plus the handler's `capabilities` when it
 * sends them (handlers since this release do; older ones leave them out and the client asks `GET /capabilities`).
 * Throws an `InvalidResponseError` naming the first bad field, in either part.
 *
 * @example const { result, capabilities } = parseLookupResponse(body, 'POST /lookup')
 */
export function parseLookupResponse(
  body: unknown,
  what: string,
): { result: LookupResult; capabilities: Capabilities | undefined } {
  const result = parseModel(resultSchema, body, what);
  const raw = (body as { capabilities?: unknown }).capabilities;
  return {
    result,
    capabilities: raw === undefined ? undefined : parseModel(capabilitiesSchema, raw, `${what} capabilities`),
  };
}
