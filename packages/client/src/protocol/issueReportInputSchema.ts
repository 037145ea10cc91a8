import { ISSUE_TYPES, type IssueReportInput } from '../model/Actions.js';
import { RESOURCE_KINDS } from '../model/ResourceKind.js';
import type { Validator } from '../model/validate/Validator.js';
import * as v from '../model/validate/validators.js';
import * as input from './inputValidators.js';

/**
 * Validates a `POST /issues` body (`IssueReportInput`).
 *
 * @example v.all(issueReportInputSchema)({ kind: 'order', id: 'ord_1', type: 'damaged' })
 */
export const issueReportInputSchema: Validator<IssueReportInput> = v.object({
  kind: input.oneOf(RESOURCE_KINDS),
  id: input.id,
  type: input.oneOf(ISSUE_TYPES),
  message: input.optionalText(4000),
  itemIds: v.optional(input.list(input.id, 0, 100)),
});
