import ky, { HTTPError, TimeoutError } from 'ky';
import { DeliveryError } from '../../errors/DeliveryError.js';
import { signWebhookBody } from './signWebhookBody.js';

/** Options of `sendSignedWebhook`. */
export interface SignedWebhookOptions {
  /** The receiver; http or https only. */
  url: string;
  /** Shared secret of at least 16 characters that signs every delivery. */
  secret: string;
  /**
   * Retries within one send on network errors, 408, 429 and 5xx, with exponential backoff (0.5 s, 1 s, 2 s…).
   * @default 2
   */
  retries?: number;
  /**
   * Milliseconds per attempt.
   * @default 10_000
   */
  timeout?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

/**
 * POSTs `payload` as JSON with a `Waypost-Signature` header and a `Waypost-Delivery` id that stays the same across
 * retries, so the receiver can deduplicate. Resolves to the receiver's JSON answer (or `null`); throws a
 * `DeliveryError` (retryable unless the receiver answered 4xx) when every attempt failed.
 *
 * @example await sendSignedWebhook({ url, secret }, 'msg_1', { type: 'issue.reported', … })
 */
export async function sendSignedWebhook(
  options: SignedWebhookOptions,
  deliveryId: string,
  payload: unknown,
  signal?: AbortSignal,
): Promise<unknown> {
  const body = JSON.stringify(payload);
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const response = await ky.post(options.url, {
      body,
      headers: {
        'Content-Type': 'application/json',
        'Waypost-Delivery': deliveryId,
        'Waypost-Signature': await signWebhookBody(options.secret, body, timestamp),
      },
      retry: {
        limit: options.retries ?? 2,
        methods: ['post'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        delay: (attempt) => 500 * 2 ** (attempt - 1),
      },
      timeout: options.timeout ?? 10_000,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(signal ? { signal } : {}),
    });
    const text = await response.text();
    try {
      return text ? (JSON.parse(text) as unknown) : null;
    } catch {
      return null;
    }
  } catch (error) {
    if (error instanceof HTTPError) {
      const { status } = error.response;
      throw new DeliveryError(`The webhook at ${new URL(options.url).host} answered ${status}`, {
        cause: error,
        retryable: status === 408 || status === 429 || status >= 500,
        providerCode: status,
      });
    }
    const what = error instanceof TimeoutError ? 'timed out' : 'could not be reached';
    throw new DeliveryError(`The webhook at ${new URL(options.url).host} ${what}`, { cause: error });
  }
}
