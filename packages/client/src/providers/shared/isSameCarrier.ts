import { getCarrierKey } from './getCarrierKey.js';

/**
 * Whether two carrier codes may name the same carrier: they do when they fold to one key (`getCarrierKey`), and
 * they may when either names no carrier at all, since nothing then says they differ.
 *
 * @example isSameCarrier('ups', 'UPS') // true
 * @example isSameCarrier('dhl', 'dhl_express') // true
 * @example isSameCarrier('ups', 'fedex') // false
 * @example isSameCarrier('ups', undefined) // true
 */
export function isSameCarrier(left: string | undefined, right: string | undefined): boolean {
  const a = getCarrierKey(left);
  const b = getCarrierKey(right);
  return a === b || a === 'unknown' || b === 'unknown';
}
