import type { LookupQuery } from '@waypost/client';
import type { FieldMessage, LookupField } from './validateLookupForm.js';

/** A refused lookup as the form shows it: a message under each field named, and whether anything else was. */
export interface InvalidLookup {
  errors: Partial<Record<LookupField, FieldMessage>>;
  /** Some refusal named no field of the form (or none was named): a message above the form says so. */
  general: boolean;
}

// The query's keys, as the form's fields.
const FIELDS = new Map<string, LookupField>([
  ['orderNumber', 'orderNumber'],
  ['email', 'contact'],
  ['postalCode', 'contact'],
  ['trackingNumber', 'trackingNumber'],
  ['carrier', 'carrier'],
]);

/** The shopper's own words for one of the protocol's rules (`inputValidators`, `lookupQueryInputSchema`). */
function toMessage(field: LookupField, message: string): FieldMessage {
  const max = /^At most (\d+) characters$/.exec(message)?.[1];
  if (max) return { key: 'form.tooLong', params: { count: Number(max) } };
  if (message === 'Letters, digits, spaces and hyphens only') return { key: 'form.invalidCharacters' };
  if (message === 'An email address') return { key: 'form.invalidEmail' };
  // Every field but the optional carrier has its own "Enter …" message.
  return { key: message === 'Required' && field !== 'carrier' ? `form.${field}Required` : 'form.invalidField' };
}

/**
 * Maps the field errors of a `400 invalid_request` (an `InvalidRequestError`'s `fields`) onto the lookup form:
 * each field the query sent gets a translated message by its rule (never the server's English), the first per
 * field; a field the query did not send (the form does not show it), a rule of the whole body (path `''`) or no
 * field at all makes `general`.
 *
 * @example mapFieldErrors([{ field: 'postalCode', message: 'Letters, digits, spaces and hyphens only' }], { orderNumber: 'W1', postalCode: 'קוד' })
 * // { errors: { contact: { key: 'form.invalidCharacters' } }, general: false }
 */
export function mapFieldErrors(
  fields: ReadonlyArray<{ field: string; message: string }>,
  query: LookupQuery,
): InvalidLookup {
  const errors: InvalidLookup['errors'] = {};
  let general = fields.length === 0;
  for (const { field, message } of fields) {
    const name = field in query ? FIELDS.get(field) : undefined;
    if (!name) general = true;
    else errors[name] ??= toMessage(name, message);
  }
  return { errors, general };
}
