import { isEmailAddress, type LookupQuery } from '@waypost/client';
import type { MessageKey } from '../i18n/en.js';

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
export type LookupField = 'orderNumber' | 'contact' | 'trackingNumber';

/** Either a query ready to send, or the message key of each invalid field. */
export type LookupFormCheck =
  | { query: LookupQuery; errors?: undefined }
  | { query?: undefined; errors: Partial<Record<LookupField, MessageKey>> };

/**
 * Validates the lookup form and builds the query. One field takes an email or a postal code (an `@` means
 * email), so shoppers never have to pick which one they remember.
 *
 * @example validateLookupForm({ method: 'order', orderNumber: 'W1001', contact: '94107', trackingNumber: '', carrier: '' })
 * // { query: { orderNumber: 'W1001', postalCode: '94107' } }
 */
export function validateLookupForm(values: LookupFormValues): LookupFormCheck {
  const errors: Partial<Record<LookupField, MessageKey>> = {};
  if (values.method === 'tracking') {
    const trackingNumber = values.trackingNumber.trim();
    if (!trackingNumber) return { errors: { trackingNumber: 'form.trackingNumberRequired' } };
    const carrier = values.carrier.trim();
    return { query: carrier ? { trackingNumber, carrier } : { trackingNumber } };
  }
  const orderNumber = values.orderNumber.trim();
  const contact = values.contact.trim();
  if (!orderNumber) errors.orderNumber = 'form.orderNumberRequired';
  if (!contact) errors.contact = 'form.contactRequired';
  else if (contact.includes('@') && !isEmailAddress(contact)) errors.contact = 'form.invalidEmail';
  if (errors.orderNumber || errors.contact) return { errors };
  return { query: contact.includes('@') ? { orderNumber, email: contact } : { orderNumber, postalCode: contact } };
}
