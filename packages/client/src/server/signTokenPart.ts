const encoder = new TextEncoder();
// Importing a key is the slow part of HMAC with WebCrypto; a handler signs with one or two secrets all its life.
type HmacKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;
const keys = new Map<string, Promise<HmacKey>>();
const maximumCachedKeys = 16;

function getKey(secret: string): Promise<HmacKey> {
  let key = keys.get(secret);
  if (!key) {
    if (keys.size >= maximumCachedKeys) keys.clear();
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    keys.set(secret, key);
  }
  return key;
}

/**
 * HMAC-SHA-256 of `text` with `secret`, with WebCrypto only, so it runs on Node, Deno, Bun and Workers alike.
 *
 * @example const signature = await signTokenPart(secret, encodedPayload)
 */
export async function signTokenPart(secret: string, text: string): Promise<Uint8Array> {
  const signature = await crypto.subtle.sign('HMAC', await getKey(secret), encoder.encode(text));
  return new Uint8Array(signature);
}
