import type { LookupQuery } from '../model/LookupQuery.js';
import { ValidationIssue, type Validator } from '../model/validate/Validator.js';
import * as v from '../model/validate/validators.js';
import { toWellFormed } from '../providers/shared/toWellFormed.js';
import * as input from './inputValidators.js';
import { isEmailAddress } from './isEmailAddress.js';

/** The message of a body that is no single lookup form (reported at the root, path `[]`). */
export const LOOKUP_FORMS_MESSAGE =
  'One of { orderNumber, email }, { orderNumber, postalCode }, { trackingNumber }, { token }';

// Required text that is real text: a lone UTF-16 surrogate is nothing anyone typed, and would throw a URIError in
// the source's request URL.
const lookupText = (max: number): Validator<string> => {
  const text = input.text(max);
  return (value) => {
    if (typeof value === 'string' && value.trim() !== '' && toWellFormed(value) !== value) {
      throw new ValidationIssue('Not valid text', value);
    }
    return text(value);
  };
};
const code = (max: number) =>
  v.check(
    lookupText(max),
    (value) => /^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(value),
    'Letters, digits, spaces and hyphens only',
  );

// Each form: the key that selects it, and its fields (no other key is allowed with it).
const forms: Array<[string, Record<string, Validator<unknown>>]> = [
  ['token', { token: lookupText(2048) }],
  ['trackingNumber', { trackingNumber: code(64), carrier: v.optional(lookupText(64)) }],
  ['email', { orderNumber: lookupText(64), email: v.check(lookupText(254), isEmailAddress, 'An email address') }],
  ['postalCode', { orderNumber: lookupText(64), postalCode: code(16) }],
];

/**
 * Validates a `POST /lookup` body: exactly one lookup form (order number + email, order number + postal code,
 * tracking number with an optional carrier, or token), no other keys, sane lengths. Values come back trimmed.
 *
 * @example v.all(lookupQueryInputSchema)({ orderNumber: ' W1001 ', email: 'shopper@example.com' }) // { orderNumber: 'W1001', … }
 */
export const lookupQueryInputSchema: Validator<LookupQuery> = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ValidationIssue('An object', value);
  const body = value as Record<string, unknown>;
  const candidates = forms.filter(([when]) => when in body);
  const form = candidates.length === 1 ? candidates[0] : undefined;
  if (!form || (form[0] === 'email' && 'postalCode' in body)) throw new ValidationIssue(LOOKUP_FORMS_MESSAGE, value);
  const [, fields] = form;
  const issues: ValidationIssue[] = [];
  for (const key of Object.keys(body)) {
    if (Object.hasOwn(fields, key)) continue;
    const issue = new ValidationIssue('Not allowed with this lookup form', body[key]);
    issue.path.push(key);
    issues.push(issue);
  }
  let query: LookupQuery | undefined;
  try {
    query = v.object<LookupQuery>(fields as never)(body);
  } catch (issue) {
    if (!(issue instanceof ValidationIssue)) throw issue;
    issues.push(...(issue.issues ?? [issue]));
  }
  if (issues.length > 0) throw issues.length === 1 ? issues[0] : new ValidationIssue('valid entries', value, issues);
  return query as LookupQuery;
};
