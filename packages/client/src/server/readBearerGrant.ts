import { isVerificationError } from '../errors/VerificationError.js';
import type { AccessTokenPayload } from './AccessTokenPayload.js';
import type { HandlerContext } from './HandlerContext.js';
import type { HandlerRequest } from './HandlerRequest.js';
import { ProblemError } from './ProblemError.js';
import { verifyAccessToken } from './verifyAccessToken.js';

/**
 * The grant of the request's `Authorization: Bearer` token, or a 401 when it is missing, malformed, tampered with or
 * expired (one answer for all, so probing learns nothing). Tokens are read from the header only, never from the URL,
 * where logs and `Referer` would leak them.
 *
 * @example const grant = await readBearerGrant(request, context)
 */
export async function readBearerGrant(request: HandlerRequest, context: HandlerContext): Promise<AccessTokenPayload> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  const refuse = () =>
    new ProblemError(401, 'verification_failed', 'A valid access token is required; look the order up again', {
      headers: { 'WWW-Authenticate': 'Bearer' },
    });
  if (!match?.[1]) throw refuse();
  try {
    return await verifyAccessToken(match[1], { secret: context.secrets, now: context.now() });
  } catch (error) {
    if (isVerificationError(error)) throw refuse();
    throw error;
  }
}
