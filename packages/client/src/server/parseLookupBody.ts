import type { LookupQuery } from '../model/LookupQuery.js';
import { LOOKUP_FORMS_MESSAGE, lookupQueryInputSchema } from '../protocol/lookupQueryInputSchema.js';
import { ProblemError } from './ProblemError.js';
import { parseActionInput } from './parseActionInput.js';

/**
 * Validates a `POST /lookup` body with `lookupQueryInputSchema`: exactly one lookup form, no other keys, sane
 * lengths; values come back trimmed. A 400 lists every bad field.
 *
 * @example parseLookupBody({ orderNumber: ' W1001 ', email: 'shopper@example.com' }) // { orderNumber: 'W1001', … }
 */
export function parseLookupBody(body: Record<string, unknown>): LookupQuery {
  try {
    return parseActionInput(lookupQueryInputSchema, body, 'The lookup is invalid');
  } catch (error) {
    const errors = error instanceof ProblemError ? error.extras.errors : undefined;
    if (errors?.[0]?.message !== LOOKUP_FORMS_MESSAGE) throw error;
    throw new ProblemError(400, 'invalid_request', 'Send exactly one lookup form', { errors });
  }
}
