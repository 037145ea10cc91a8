// Test helper (not a test): signs a webhook body the way AfterShip does (and EasyPost, hex-encoded).

/** The base64 HMAC-SHA-256 of `body` under `secret`: AfterShip's `aftership-hmac-sha256` header. */
export async function signHmacBase64(body: string, secret: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(body)))));
}
