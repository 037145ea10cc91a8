import * as v from 'valibot';
import { ProblemError } from './ProblemError.js';

/**
 * Validates an action body against one of the input schemas and returns the cleaned value (unknown keys dropped,
 * text trimmed), or throws a 400 listing every bad field by its dot path.
 *
 * @example const input = parseActionInput(issueReportInputSchema, body)
 */
export function parseActionInput<T>(schema: v.GenericSchema<unknown, T>, body: unknown): T {
  const result = v.safeParse(schema, body);
  if (result.success) return result.output;
  const errors: Array<{ field: string; message: string }> = [];
  for (const issue of result.issues) {
    const field = v.getDotPath(issue) ?? '';
    // One message per field (the first, most basic one), and a bounded list.
    if (errors.length < 20 && !errors.some((error) => error.field === field))
      errors.push({ field, message: issue.message });
  }
  throw new ProblemError(400, 'invalid_request', 'The request is invalid', { errors });
}
