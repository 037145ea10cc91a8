import { encodeBase64Url } from './encodeBase64Url.js';

// Many shoppers reading one order get the same body; hashing it once saves a WebCrypto round trip per read (about
// an eighth of a cached read's CPU). Bounded, and only for bodies small enough that keeping them costs little.
const recent = new Map<string, string>();
const maximumRemembered = 256;
const maximumRememberedLength = 64 * 1024;

/**
 * A strong ETag for a response body: the quoted base64url SHA-256 of its bytes. Equal bodies give equal tags on
 * every instance, so no shared state is needed for `If-None-Match`.
 *
 * @example await createEtag('{"kind":"order"}') // '"q1…"'
 */
export async function createEtag(body: string): Promise<string> {
  const known = recent.get(body);
  if (known !== undefined) return known;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  const etag = `"${encodeBase64Url(new Uint8Array(digest))}"`;
  if (body.length <= maximumRememberedLength) {
    if (recent.size >= maximumRemembered) recent.delete(recent.keys().next().value as string);
    recent.set(body, etag);
  }
  return etag;
}
