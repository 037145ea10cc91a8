import { getNodeBuiltin } from './getNodeBuiltin.js';

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

type NodeHmac = (algorithm: 'sha256', key: string) => { update(text: string): { digest(): Uint8Array } };
let nodeHmac: NodeHmac | null | undefined;

// Node's own HMAC, found without an import (so a bundle for Workers never meets a `node:` module). It answers at
// once, where WebCrypto's goes through a job and a promise: that was a seventh of a lookup's CPU.
function getNodeHmac(): NodeHmac | null {
  if (nodeHmac === undefined) {
    nodeHmac = getNodeBuiltin<{ createHmac?: NodeHmac }>('node:crypto')?.createHmac ?? null;
  }
  return nodeHmac;
}

/**
 * HMAC-SHA-256 of `text` with `secret`: Node's own when the runtime has it, else WebCrypto, so it runs on Node,
 * Deno, Bun and Workers alike and signs the same everywhere.
 *
 * @example const signature = await signTokenPart(secret, encodedPayload)
 */
export async function signTokenPart(secret: string, text: string): Promise<Uint8Array> {
  const createHmac = getNodeHmac();
  if (createHmac) {
    const digest = createHmac('sha256', secret).update(text).digest();
    return new Uint8Array(digest.buffer, digest.byteOffset, digest.byteLength);
  }
  const signature = await crypto.subtle.sign('HMAC', await getKey(secret), encoder.encode(text));
  return new Uint8Array(signature);
}
