import type { LookupQuery } from '../model/LookupQuery.js';
import { toWellFormed } from '../providers/shared/toWellFormed.js';
import { isEmailAddress } from './isEmailAddress.js';
import { ProblemError } from './ProblemError.js';

type Field = { field: string; message: string };

const forms = [
  { when: 'token', keys: ['token'] },
  { when: 'trackingNumber', keys: ['trackingNumber', 'carrier'] },
  { when: 'email', keys: ['orderNumber', 'email'] },
  { when: 'postalCode', keys: ['orderNumber', 'postalCode'] },
] as const;

function readString(body: Record<string, unknown>, key: string, max: number, errors: Field[]): string {
  const value = body[key];
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push({ field: key, message: 'Required' });
    return '';
  }
  const trimmed = value.trim();
  // A lone UTF-16 surrogate is no text anyone typed, and would throw a URIError in the source's request URL.
  if (toWellFormed(trimmed) !== trimmed) errors.push({ field: key, message: 'Not valid text' });
  else if (trimmed.length > max) errors.push({ field: key, message: `At most ${max} characters` });
  return trimmed;
}

/**
 * Validates a `POST /lookup` body: exactly one lookup form (order number + email, order number + postal code,
 * tracking number with an optional carrier, or token), no other keys, sane lengths. Values come back trimmed.
 *
 * @example parseLookupBody({ orderNumber: ' W1001 ', email: 'shopper@example.com' }) // { orderNumber: 'W1001', … }
 */
export function parseLookupBody(body: Record<string, unknown>): LookupQuery {
  const present = Object.keys(body);
  const candidates = forms.filter((form) => form.when in body);
  const form = candidates.length === 1 ? candidates[0] : undefined;
  if (!form || (form.when === 'email' && 'postalCode' in body)) {
    throw new ProblemError(400, 'invalid_request', 'Send exactly one lookup form', {
      errors: [
        {
          field: '',
          message: 'One of { orderNumber, email }, { orderNumber, postalCode }, { trackingNumber }, { token }',
        },
      ],
    });
  }
  const allowed: readonly string[] = form.keys;
  const errors: Field[] = present
    .filter((key) => !allowed.includes(key))
    .map((key) => ({ field: key, message: 'Not allowed with this lookup form' }));
  let query: LookupQuery;
  if (form.when === 'token') {
    query = { token: readString(body, 'token', 2048, errors) };
  } else if (form.when === 'trackingNumber') {
    const trackingNumber = readString(body, 'trackingNumber', 64, errors);
    if (trackingNumber && !/^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(trackingNumber)) {
      errors.push({ field: 'trackingNumber', message: 'Letters, digits, spaces and hyphens only' });
    }
    query = { trackingNumber };
    if (body.carrier !== undefined) query.carrier = readString(body, 'carrier', 64, errors);
  } else {
    const orderNumber = readString(body, 'orderNumber', 64, errors);
    if (form.when === 'email') {
      const email = readString(body, 'email', 254, errors);
      if (email && !isEmailAddress(email)) errors.push({ field: 'email', message: 'An email address' });
      query = { orderNumber, email };
    } else {
      const postalCode = readString(body, 'postalCode', 16, errors);
      if (postalCode && !/^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(postalCode)) {
        errors.push({ field: 'postalCode', message: 'Letters, digits, spaces and hyphens only' });
      }
      query = { orderNumber, postalCode };
    }
  }
  if (errors.length > 0) throw new ProblemError(400, 'invalid_request', 'The lookup is invalid', { errors });
  return query;
}
