/**
 * A tracking number as carriers print it: without the spaces a shopper types or pastes between groups, in upper
 * case (carriers' numbers are case-insensitive letters and digits). Dashes stay: some carriers print them.
 *
 * @example normalizeTrackingNumber(' 1z999aa1 0123456784 ') // '1Z999AA10123456784'
 */
export function normalizeTrackingNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}
