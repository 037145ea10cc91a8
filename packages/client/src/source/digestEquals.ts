// The encoder is made per call: a module-level `new TextEncoder()` is a side effect bundlers must keep.
const digest = async (text: string) =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));

/**
 * Compares two secrets in constant time: both sides are hashed with SHA-256 (so lengths never leak), then every
 * byte is compared without an early exit.
 *
 * @example await digestEquals('shopper@example.com', storedEmail) // true or false
 */
export async function digestEquals(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([digest(a), digest(b)]);
  let difference = 0;
  for (let index = 0; index < left.length; index += 1) difference |= left[index]! ^ right[index]!;
  return difference === 0;
}
