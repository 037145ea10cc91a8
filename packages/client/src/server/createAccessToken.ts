import type { Access } from '../model/Access.js';
import type { ResourceKind } from '../model/ResourceKind.js';
import type { AccessTokenPayload } from './AccessTokenPayload.js';
import { assertSecret } from './assertSecret.js';
import { encodeBase64Url } from './encodeBase64Url.js';
import { signTokenPart } from './signTokenPart.js';

/** Options of `createAccessToken`. */
export interface CreateAccessTokenOptions {
  /** The handler's signing secret (at least 32 characters). */
  secret: string;
  /** The kind of record the token opens. */
  kind: ResourceKind;
  /** The record's id (`order.id`, not the order number). */
  id: string;
  /** The order the record belongs to, for a return, exchange or shipment token. */
  orderId?: string;
  /**
   * Lifetime in seconds.
   * @default 900 (15 minutes)
   * @example 7 * 24 * 60 * 60 // a deep link in a shipping email
   */
  ttlSeconds?: number;
  /**
   * The current time in milliseconds; tests pass a fixed clock.
   * @default Date.now()
   */
  now?: number;
}

/**
 * Mints a signed access token scoped to one record: `base64url(payload).base64url(HMAC-SHA-256)`. The handler mints
 * one per lookup; retailers mint longer-lived ones for email deep links (`?waypost_token=…`).
 *
 * @example
 * const { token } = await createAccessToken({ secret, kind: 'order', id: order.id, ttlSeconds: 7 * 86_400 })
 * const link = `https://shop.example/track?waypost_token=${token}`
 */
export async function createAccessToken(options: CreateAccessTokenOptions): Promise<Access> {
  assertSecret(options.secret);
  const ttlSeconds = options.ttlSeconds ?? 900;
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0) {
    throw new RangeError('[waypost] ttlSeconds must be a positive number of seconds');
  }
  if (typeof options.id !== 'string' || options.id === '') throw new TypeError('[waypost] a token needs a record id');
  const exp = Math.floor((options.now ?? Date.now()) / 1000) + Math.ceil(ttlSeconds);
  const payload: AccessTokenPayload = { k: options.kind, id: options.id, exp };
  if (options.orderId !== undefined) payload.o = options.orderId;
  const encoded = encodeBase64Url(new TextEncoder().encode(JSON.stringify(payload)));
  const signature = await signTokenPart(options.secret, encoded);
  return { token: `${encoded}.${encodeBase64Url(signature)}`, expiresAt: new Date(exp * 1000).toISOString() };
}
