import { ValidationIssue, type Validator } from '../model/validate/Validator.js';
import * as v from '../model/validate/validators.js';
import { ProblemError } from './ProblemError.js';

/**
 * Validates a request body against one of the protocol's input schemas (in the kit's collect-all mode) and returns
 * the cleaned value (unknown keys dropped, text trimmed), or throws a 400 listing every bad field by its dot path.
 *
 * @example const input = parseActionInput(issueReportInputSchema, body)
 */
export function parseActionInput<T>(schema: Validator<T>, body: unknown, detail = 'The request is invalid'): T {
  try {
    return v.all(schema)(body);
  } catch (issue) {
    if (!(issue instanceof ValidationIssue)) throw issue;
    const errors: Array<{ field: string; message: string }> = [];
    for (const each of issue.issues ?? [issue]) {
      const field = each.path.join('.');
      // One message per field (the first, most basic one), and a bounded list. The kit's own messages
      // (`an object`) start lower-case; the protocol's start with a capital.
      if (errors.length < 20 && !errors.some((error) => error.field === field)) {
        errors.push({ field, message: each.expected.charAt(0).toUpperCase() + each.expected.slice(1) });
      }
    }
    throw new ProblemError(400, 'invalid_request', detail, { errors });
  }
}
