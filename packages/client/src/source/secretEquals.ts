/**
 * Compares what a shopper typed with what is on file in time that depends only on what was typed: every character
 * of `given` is compared (with the stored text repeated under it), without an early exit, and a length difference
 * counts as a mismatch. So neither the stored text nor its length leaks through response timings, and, unlike
 * hashing both sides, it costs no WebCrypto round trip (two of them were a third of a lookup's CPU).
 *
 * @example secretEquals('shopper@example.com', storedEmail) // true or false
 */
export function secretEquals(given: string, stored: string): boolean {
  let difference = given.length ^ stored.length;
  for (let index = 0; index < given.length; index += 1) {
    difference |= given.charCodeAt(index) ^ (stored.charCodeAt(index % (stored.length || 1)) | 0);
  }
  return difference === 0;
}
