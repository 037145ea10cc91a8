import { encodeBase64Url } from './encodeBase64Url.js';

/**
 * A strong ETag for a response body: the quoted base64url SHA-256 of its bytes. Equal bodies give equal tags on
 * every instance, so no shared state is needed for `If-None-Match`.
 *
 * @example await createEtag('{"kind":"order"}') // '"q1…"'
 */
export async function createEtag(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body));
  return `"${encodeBase64Url(new Uint8Array(digest))}"`;
}
