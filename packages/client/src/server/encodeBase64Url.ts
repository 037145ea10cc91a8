/**
 * Encodes bytes as unpadded base64url (RFC 4648 §5), the alphabet that survives URLs and email links untouched.
 *
 * @example encodeBase64Url(new TextEncoder().encode('{"k":"order"}')) // 'eyJrIjoib3JkZXIifQ'
 */
export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
