import ky, { HTTPError, TimeoutError } from 'ky';
import { DeliveryError } from '../../errors/DeliveryError.js';

/** What `postHelpdeskTicket` needs besides the ticket: who the helpdesk is, and how it words its errors. */
export interface HelpdeskRequest {
  /** The helpdesk's name, for error messages (`Zendesk`, `Gorgias`). */
  helpdesk: string;
  url: string;
  authorization: string;
  /** Extra headers (Zendesk's `Idempotency-Key`). */
  headers?: Record<string, string>;
  retries: number;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** The helpdesk's own error code and words from an error body, if it has any. */
  readError(body: unknown): { code?: string; words?: string };
  /** The new ticket's id from the success body. */
  readId(body: unknown): unknown;
}

/**
 * POSTs one ticket to a helpdesk's JSON API through ky (retrying 429 and 5xx, honouring `Retry-After`) and resolves
 * to the ticket id the helpdesk gave it. Every failure is a `DeliveryError`: a refusal names the status and the
 * helpdesk's words, and is `retryable` only for 429 and 5xx; a timeout or network failure is retryable.
 *
 * @example const id = await postHelpdeskTicket({ helpdesk: 'Gorgias', url, authorization, retries: 2, readError, readId }, body)
 */
export async function postHelpdeskTicket(request: HelpdeskRequest, body: unknown): Promise<string> {
  const { helpdesk } = request;
  let answer: unknown;
  try {
    answer = await ky
      .post(request.url, {
        json: body,
        headers: { Authorization: request.authorization, Accept: 'application/json', ...request.headers },
        retry: { limit: request.retries, methods: ['post'], statusCodes: [429, 500, 502, 503, 504] },
        timeout: 10_000,
        ...(request.fetch ? { fetch: request.fetch } : {}),
        ...(request.signal ? { signal: request.signal } : {}),
      })
      .json();
  } catch (error) {
    if (error instanceof HTTPError) {
      const { status } = error.response;
      const detail = request.readError(await error.response.json().catch(() => null));
      throw new DeliveryError(`${helpdesk} refused the ticket (${status})${detail.words ? `: ${detail.words}` : ''}`, {
        cause: error,
        retryable: status === 429 || status >= 500,
        providerCode: detail.code ?? status,
      });
    }
    throw new DeliveryError(`${helpdesk} ${error instanceof TimeoutError ? 'timed out' : 'could not be reached'}`, {
      cause: error,
    });
  }
  const id = request.readId(answer);
  if ((typeof id !== 'number' || !Number.isFinite(id)) && (typeof id !== 'string' || id === '')) {
    throw new DeliveryError(`${helpdesk} answered without a ticket id`, { retryable: false });
  }
  return String(id);
}
