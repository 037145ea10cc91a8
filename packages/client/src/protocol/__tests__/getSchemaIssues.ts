import { ValidationIssue, type Validator } from '../../model/validate/Validator.js';
import * as v from '../../model/validate/validators.js';

/**
 * Every issue `schema` reports for `body` in collect-all mode (`v.all`), as `path: expected`, in the order the
 * schema found them. Throws when the body passes, so a test that expects issues cannot pass on a valid body.
 *
 * @example getSchemaIssues(startReturnInputSchema, { orderId: '' }) // ['orderId: Required', …]
 */
export function getSchemaIssues(schema: Validator<unknown>, body: unknown): string[] {
  try {
    v.all(schema)(body);
  } catch (error) {
    if (!(error instanceof ValidationIssue)) throw error;
    return (error.issues ?? [error]).map((issue) => `${issue.path.join('.')}: ${issue.expected}`);
  }
  throw new Error('expected a ValidationIssue');
}
