import { isEmailAddress, LOOKUP_CODE_PATTERN, LOOKUP_LIMITS, type LookupQuery } from '@waypost/client';
import type { MessageParams } from '../i18n/createTranslator.js';
import type { MessageKey, PluralKey } from '../i18n/en.js';

/** What the shopper typed. */
export interface LookupFormValues {
  method: 'order' | 'tracking';
  orderNumber: string;
  /** An email or a postal code: an `@` decides which. */
  contact: string;
  trackingNumber: string;
  carrier: string;
}

/** A form field's name. */
export type LookupField = 'orderNumber' | 'contact' | 'trackingNumber' | 'carrier';

/** The message under a field: its key and parameters (`count` for a length). */
export interface FieldMessage {
  key: MessageKey | PluralKey;
  params?: MessageParams;
}

/** Either a query ready to send, or the message of each invalid field. */
export type LookupFormCheck =
  | { query: LookupQuery; errors?: undefined }
  | { query?: undefined; errors: Partial<Record<LookupField, FieldMessage>> };

/** The message for a value too long or not a code, if it is either. */
const check = (text: string, max: number, code = false): FieldMessage | undefined =>
  text.length > max
    ? { key: 'form.tooLong', params: { count: max } }
    : code && !LOOKUP_CODE_PATTERN.test(text)
      ? { key: 'form.invalidCharacters' }
      : undefined;

/**
 * Validates the lookup form and builds the query. One field takes an email or a postal code (an `@` means
 * email), so shoppers never have to pick which one they remember. The lengths and characters are the protocol's
 * (`LOOKUP_LIMITS`), so a value the server would refuse with a `400` is refused here, by its field.
 *
 * @example validateLookupForm({ method: 'order', orderNumber: 'W1001', contact: '94107', trackingNumber: '', carrier: '' })
 * // { query: { orderNumber: 'W1001', postalCode: '94107' } }
 */
export function validateLookupForm(values: LookupFormValues): LookupFormCheck {
  const errors: Partial<Record<LookupField, FieldMessage | undefined>> = {};
  let query: LookupQuery;
  if (values.method === 'tracking') {
    const trackingNumber = values.trackingNumber.trim();
    const carrier = values.carrier.trim();
    errors.trackingNumber = trackingNumber
      ? check(trackingNumber, LOOKUP_LIMITS.trackingNumber, true)
      : { key: 'form.trackingNumberRequired' };
    errors.carrier = check(carrier, LOOKUP_LIMITS.carrier);
    query = carrier ? { trackingNumber, carrier } : { trackingNumber };
  } else {
    const orderNumber = values.orderNumber.trim();
    const contact = values.contact.trim();
    const email = contact.includes('@');
    errors.orderNumber = orderNumber
      ? check(orderNumber, LOOKUP_LIMITS.orderNumber)
      : { key: 'form.orderNumberRequired' };
    errors.contact = !contact
      ? { key: 'form.contactRequired' }
      : email && !isEmailAddress(contact)
        ? { key: 'form.invalidEmail' }
        : check(contact, email ? LOOKUP_LIMITS.email : LOOKUP_LIMITS.postalCode, !email);
    query = email ? { orderNumber, email: contact } : { orderNumber, postalCode: contact };
  }
  const invalid = Object.entries(errors).filter((entry): entry is [LookupField, FieldMessage] => !!entry[1]);
  return invalid.length ? { errors: Object.fromEntries(invalid) } : { query };
}
