import { isVerificationError } from '../errors/VerificationError.js';
import type { AccessTokenPayload } from './AccessTokenPayload.js';
import type { HandlerContext } from './HandlerContext.js';
import { ProblemError } from './ProblemError.js';
import { verifyAccessToken } from './verifyAccessToken.js';

/**
 * The grant of an access token, or a 401 when it is missing, malformed, tampered with or expired (one answer for
 * all, so probing learns nothing).
 *
 * @example const grant = await verifyGrant(record.token, context)
 */
export async function verifyGrant(token: string | undefined, context: HandlerContext): Promise<AccessTokenPayload> {
  const refuse = () =>
    new ProblemError(401, 'verification_failed', 'A valid access token is required; look the order up again', {
      headers: { 'WWW-Authenticate': 'Bearer' },
    });
  if (!token) throw refuse();
  try {
    return await verifyAccessToken(token, { secret: context.secrets, now: context.now() });
  } catch (error) {
    if (isVerificationError(error)) throw refuse();
    throw error;
  }
}
