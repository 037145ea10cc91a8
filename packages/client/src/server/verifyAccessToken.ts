import { VerificationError } from '../errors/VerificationError.js';
import { RESOURCE_KINDS } from '../model/ResourceKind.js';
import type { AccessTokenPayload } from './AccessTokenPayload.js';
import { decodeBase64Url } from './decodeBase64Url.js';
import { signTokenPart } from './signTokenPart.js';
import { timingSafeEqual } from './timingSafeEqual.js';

/** Options of `verifyAccessToken`. */
export interface VerifyAccessTokenOptions {
  /** The signing secret, or several during a rotation (the first one signs, any one verifies). */
  secret: string | readonly string[];
  /**
   * The current time in milliseconds.
   * @default Date.now()
   */
  now?: number;
}

// Longer than any token this code mints, short enough that nobody makes us HMAC a megabyte.
const maximumTokenLength = 2048;

// A shopper's page reads and streams with one token many times; its signature is checked once per secret set. Only
// tokens whose signature verified are kept (forgeries never enter), and expiry is still checked on every call.
const verified = new Map<string, AccessTokenPayload>();
const maximumVerified = 4096;

function remember(key: string, payload: AccessTokenPayload): void {
  if (verified.size >= maximumVerified) verified.delete(verified.keys().next().value as string);
  verified.set(key, payload);
}

function parsePayload(bytes: Uint8Array): AccessTokenPayload | null {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { k, id, o, exp } = value as Record<string, unknown>;
  if (!RESOURCE_KINDS.includes(k as AccessTokenPayload['k'])) return null;
  if (typeof id !== 'string' || id === '' || typeof exp !== 'number' || !Number.isInteger(exp)) return null;
  if (o !== undefined && typeof o !== 'string') return null;
  const payload: AccessTokenPayload = { k: k as AccessTokenPayload['k'], id, exp };
  if (o !== undefined) payload.o = o;
  return payload;
}

/**
 * Checks a token's signature (in constant time) and expiry and returns what it grants. Anything wrong — malformed,
 * tampered with, signed with another secret, expired — is the same `VerificationError`, so a caller learns nothing
 * about which part failed.
 *
 * @example const { k, id } = await verifyAccessToken(url.searchParams.get('waypost_token') ?? '', { secret })
 */
export async function verifyAccessToken(token: string, options: VerifyAccessTokenOptions): Promise<AccessTokenPayload> {
  const refuse = () => new VerificationError('The access token is invalid or has expired');
  if (typeof token !== 'string' || token.length > maximumTokenLength) throw refuse();
  const secrets = typeof options.secret === 'string' ? [options.secret] : options.secret;
  const key = `${secrets.join('\n')}\n${token}`;
  const known = verified.get(key);
  if (known) {
    if (known.exp * 1000 <= (options.now ?? Date.now())) throw refuse();
    return { ...known };
  }
  const parts = token.split('.');
  if (parts.length !== 2) throw refuse();
  const [encoded = '', encodedSignature = ''] = parts;
  const signature = decodeBase64Url(encodedSignature);
  const payloadBytes = decodeBase64Url(encoded);
  if (!signature || !payloadBytes || encoded === '') throw refuse();
  let valid = false;
  for (const secret of secrets) {
    // No early exit: every secret is tried, so timing does not reveal which one matched.
    if (timingSafeEqual(await signTokenPart(secret, encoded), signature)) valid = true;
  }
  if (!valid) throw refuse();
  const payload = parsePayload(payloadBytes);
  if (!payload) throw refuse();
  remember(key, payload);
  if (payload.exp * 1000 <= (options.now ?? Date.now())) throw refuse();
  return { ...payload };
}
