/** Options of `verifyHmacSignature`. */
export interface VerifyHmacSignatureOptions {
  secret: string;
  /** The raw request body, exactly as received. */
  body: string;
  /** The signature as sent, without any scheme prefix. */
  signature: string;
  encoding: 'base64' | 'hex';
}

function decodeSignature(signature: string, encoding: 'base64' | 'hex'): Uint8Array<ArrayBuffer> | null {
  const text = signature.trim();
  if (encoding === 'hex') {
    if (!/^(?:[0-9a-fA-F]{2})+$/.test(text)) return null;
    return Uint8Array.from(text.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
  }
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * Checks an HMAC-SHA256 signature of a raw body. The comparison is `crypto.subtle.verify`, which runs in constant
 * time, so a forged signature learns nothing from how long the check took.
 *
 * @example await verifyHmacSignature({ secret, body, signature: request.headers.get('aftership-hmac-sha256') ?? '', encoding: 'base64' })
 */
export async function verifyHmacSignature(options: VerifyHmacSignatureOptions): Promise<boolean> {
  const signature = decodeSignature(options.signature, options.encoding);
  if (!signature || options.secret === '') return false;
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(options.secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  return crypto.subtle.verify('HMAC', key, signature, encoder.encode(options.body));
}
