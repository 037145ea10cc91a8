const alphabet = /^[A-Za-z0-9_-]*$/;

import { encodeBase64Url } from './encodeBase64Url.js';

/**
 * Decodes unpadded base64url into bytes; `null` for anything that is not strictly base64url, so a tampered token
 * fails verification instead of throwing. Only the canonical spelling is accepted: the last character of a
 * length that is not a multiple of 4 carries unused bits, and four spellings would otherwise decode to the same
 * bytes, making a signed token malleable.
 *
 * @example decodeBase64Url('eyJrIjoib3JkZXIifQ') // the bytes of '{"k":"order"}'
 */
export function decodeBase64Url(text: string): Uint8Array | null {
  if (!alphabet.test(text) || text.length % 4 === 1) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return encodeBase64Url(bytes) === text ? bytes : null;
  } catch {
    return null;
  }
}
