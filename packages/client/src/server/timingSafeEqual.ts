/**
 * Compares two byte arrays in time that depends only on their length, so an attacker cannot learn a valid signature
 * one byte at a time from response timings. Lengths are public (every HMAC-SHA-256 is 32 bytes).
 *
 * @example timingSafeEqual(expected, received) // true only when every byte matches
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  return difference === 0;
}
