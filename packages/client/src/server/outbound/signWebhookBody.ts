import { signTokenPart } from '../signTokenPart.js';

const toHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * The `Waypost-Signature` header of an outbound webhook: `t=<unix seconds>,v1=<hex HMAC-SHA-256 of "t.body">`.
 * Receivers recompute the HMAC over the timestamp, a dot and the raw body, compare in constant time, and refuse
 * timestamps older than a few minutes, so a captured delivery cannot be replayed later.
 *
 * @example await signWebhookBody(secret, '{"id":"msg_1"}', 1767225600) // 't=1767225600,v1=5f0c…'
 */
export async function signWebhookBody(secret: string, body: string, timestamp: number): Promise<string> {
  return `t=${timestamp},v1=${toHex(await signTokenPart(secret, `${timestamp}.${body}`))}`;
}
