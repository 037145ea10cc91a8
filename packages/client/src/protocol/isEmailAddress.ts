/**
 * A deliberately loose shape check (something@domain.tld, no spaces, at most 254 characters): the real test of an
 * address is the email the retailer sends, and a strict pattern refuses real addresses.
 *
 * @example isEmailAddress('shopper@example.com') // true
 * @example isEmailAddress('shopper@localhost') // false
 */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(value);
}
