import { InvalidRequestError } from '../../errors/InvalidRequestError.js';
import { VerificationError } from '../../errors/VerificationError.js';
import { verifyHmacSignature } from './verifyHmacSignature.js';

/** How a provider signs its webhooks. */
export interface SignedWebhookOptions {
  provider: string;
  secret: string;
  /** The header carrying the signature (`aftership-hmac-sha256`). */
  header: string;
  encoding: 'base64' | 'hex';
  /** A scheme prefix in front of the signature (`hmac-sha256-hex=`), removed before checking. */
  prefix?: string;
}

/**
 * Reads a webhook request's raw body, checks its HMAC-SHA256 signature and parses the JSON. A missing or wrong
 * signature is a `VerificationError`; a verified body that is not JSON is an `InvalidRequestError`.
 *
 * @example const body = await receiveSignedWebhook(request, { provider: 'AfterShip', secret, header: 'aftership-hmac-sha256', encoding: 'base64' })
 */
export async function receiveSignedWebhook(request: Request, options: SignedWebhookOptions): Promise<unknown> {
  if (!options.secret) throw new VerificationError(`${options.provider} webhook: no secret is configured`);
  const sent = request.headers.get(options.header);
  const body = await request.text();
  let signature = sent?.trim() ?? '';
  if (options.prefix) {
    if (!signature.toLowerCase().startsWith(options.prefix.toLowerCase())) signature = '';
    else signature = signature.slice(options.prefix.length);
  }
  const valid = signature !== '' && (await verifyHmacSignature({ ...options, body, signature }));
  if (!valid)
    throw new VerificationError(`${options.provider} webhook: the ${options.header} signature does not match`);
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new InvalidRequestError(`${options.provider} webhook: the body is not JSON`, { cause: error });
  }
}
