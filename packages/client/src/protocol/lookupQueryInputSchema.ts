import type {
  LookupQuery,
  OrderEmailLookup,
  OrderPostalCodeLookup,
  TokenLookup,
  TrackingNumberLookup,
} from '../model/LookupQuery.js';
import { ValidationIssue, type Validator } from '../model/validate/Validator.js';
import * as v from '../model/validate/validators.js';
import { toWellFormed } from '../providers/shared/toWellFormed.js';
import * as input from './inputValidators.js';
import { isEmailAddress } from './isEmailAddress.js';
import { LOOKUP_CODE_PATTERN } from './LOOKUP_CODE_PATTERN.js';
import { LOOKUP_LIMITS as max } from './LOOKUP_LIMITS.js';

/** The message of a body that is no single lookup form (reported at the root, path `[]`). */
export const LOOKUP_FORMS_MESSAGE =
  'One of { orderNumber, email }, { orderNumber, postalCode }, { trackingNumber }, { token }';

const foreign = 'Not allowed with this lookup form';

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
  v.check(lookupText(max), (text) => LOOKUP_CODE_PATTERN.test(text), 'Letters, digits, spaces and hyphens only');

// Each form, by the key that selects it: its fields, and no other key.
const forms: Array<[string, Validator<LookupQuery>]> = [
  ['token', v.strict<TokenLookup>({ token: lookupText(max.token) }, foreign)],
  [
    'trackingNumber',
    v.strict<TrackingNumberLookup>(
      { trackingNumber: code(max.trackingNumber), carrier: v.optional(lookupText(max.carrier)) },
      foreign,
    ),
  ],
  [
    'email',
    v.strict<OrderEmailLookup>(
      {
        orderNumber: lookupText(max.orderNumber),
        email: v.check(lookupText(max.email), isEmailAddress, 'An email address'),
      },
      foreign,
    ),
  ],
  [
    'postalCode',
    v.strict<OrderPostalCodeLookup>(
      { orderNumber: lookupText(max.orderNumber), postalCode: code(max.postalCode) },
      foreign,
    ),
  ],
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
  const candidates = forms.filter(([when]) => when in value);
  const form = candidates.length === 1 ? candidates[0] : undefined;
  if (!form || (form[0] === 'email' && 'postalCode' in value)) throw new ValidationIssue(LOOKUP_FORMS_MESSAGE, value);
  return form[1](value);
};
