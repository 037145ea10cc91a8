import type { LookupQuery } from '@waypost/client';
import type { WidgetOptions } from '../types/WidgetOptions.js';

/**
 * The lookup the options already spell out, so the form can be skipped: a token, order number plus email or
 * postal code, or a tracking number. `null` when the shopper has to fill in the form.
 *
 * @example getPresetQuery({ order: 'W1001', email: 'shopper@example.com' }) // { orderNumber, email }
 */
export function getPresetQuery(options: WidgetOptions, urlToken?: string | null): LookupQuery | null {
  const token = options.token || (options.urlToken === false ? null : urlToken);
  if (token) return { token };
  const orderNumber = options.order?.trim();
  if (orderNumber && options.email?.trim()) return { orderNumber, email: options.email.trim() };
  if (orderNumber && options.postalCode?.trim()) return { orderNumber, postalCode: options.postalCode.trim() };
  const trackingNumber = options.trackingNumber?.trim();
  if (trackingNumber) {
    const carrier = options.carrier?.trim();
    return carrier ? { trackingNumber, carrier } : { trackingNumber };
  }
  return null;
}
