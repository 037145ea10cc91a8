import type { LookupQuery } from '@waypost/client';
import type { LookupDetail } from '../types/WidgetEvents.js';

/**
 * How a lookup was phrased, for analytics (`LookupDetail.method`); never the values themselves.
 *
 * @example getLookupMethod({ orderNumber: 'W1001', email: 'a@b.c' }) // 'order_email'
 */
export function getLookupMethod(query: LookupQuery): LookupDetail['method'] {
  if ('token' in query) return 'token';
  if ('trackingNumber' in query) return 'tracking_number';
  return 'email' in query ? 'order_email' : 'order_postal_code';
}
