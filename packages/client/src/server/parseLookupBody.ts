import type { LookupQuery } from '../model/LookupQuery.js';
import { LOOKUP_FORMS_MESSAGE } from '../protocol/lookupQueryInputSchema.js';
import { ROUTES } from '../protocol/ROUTES.js';
import { ProblemError } from './ProblemError.js';
import { parseActionInput } from './parseActionInput.js';

/**
 * Validates a `POST /lookup` body with its `ROUTES` input schema (`lookupQueryInputSchema`): exactly one lookup form, no other keys, sane
 * lengths; values come back trimmed. A 400 lists every bad field.
 *
 * @example parseLookupBody({ orderNumber: ' W1001 ', email: 'shopper@example.com' }) // { orderNumber: 'W1001', … }
 */
export function parseLookupBody(body: Record<string, unknown>): LookupQuery {
  try {
    return parseActionInput(ROUTES.lookup.input, body, 'The lookup is invalid');
  } catch (error) {
    const errors = error instanceof ProblemError ? error.extras.errors : undefined;
    if (errors?.[0]?.message !== LOOKUP_FORMS_MESSAGE) throw error;
    throw new ProblemError(400, 'invalid_request', 'Send exactly one lookup form', { errors });
  }
}
