import ky, { HTTPError, TimeoutError } from 'ky';
import { DeliveryError } from '../../errors/DeliveryError.js';
import { describeIssue } from './describeIssue.js';
import type { IssueDestination } from './IssueDestination.js';

/** Options of `createZendeskIssueDestination`. */
export interface ZendeskIssueDestinationOptions {
  /**
   * The account's subdomain: `acme` for `acme.zendesk.com`.
   * @example 'acme'
   */
  subdomain: string;
  /** The agent email the API token belongs to. */
  email: string;
  /** A Zendesk API token (Admin Center → Apps and integrations → Zendesk API). */
  apiToken: string;
  /**
   * Ticket priority.
   * @default 'normal'
   */
  priority?: 'low' | 'normal' | 'high' | 'urgent';
  /**
   * Retries on 429 and 5xx; an `Idempotency-Key` makes them safe from duplicate tickets.
   * @default 2
   */
  retries?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

/**
 * Opens a Zendesk ticket per report through the Tickets API (`POST /api/v2/tickets.json`, API-token basic auth).
 * The ticket is tagged `waypost` and `waypost_<type>` so triggers can route it, and its `external_id` is the record
 * id. The reference the shopper sees is the ticket number. Zendesk's `{ error, description }` becomes a
 * `DeliveryError`; 422 and 401 are permanent.
 *
 * @example createZendeskIssueDestination({ subdomain: 'acme', email: 'ops@shop.example', apiToken })
 */
export function createZendeskIssueDestination(options: ZendeskIssueDestinationOptions): IssueDestination {
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/i.test(options?.subdomain ?? '') || !options.email || !options.apiToken) {
    throw new TypeError(
      '[waypost] createZendeskIssueDestination needs a `subdomain`, an agent `email` and an `apiToken`',
    );
  }
  const url = `https://${options.subdomain}.zendesk.com/api/v2/tickets.json`;
  const authorization = `Basic ${btoa(`${options.email}/token:${options.apiToken}`)}`;
  return {
    name: 'zendesk',
    async deliver(report, { signal }) {
      const { subject, body } = describeIssue(report);
      const ticket = {
        subject,
        comment: { body, public: false },
        priority: options.priority ?? 'normal',
        tags: ['waypost', `waypost_${report.input.type}`],
        external_id: report.input.id,
      };
      try {
        const created = await ky
          .post(url, {
            json: { ticket },
            headers: { Authorization: authorization, 'Idempotency-Key': `waypost-${crypto.randomUUID()}` },
            retry: { limit: options.retries ?? 2, methods: ['post'], statusCodes: [429, 500, 502, 503, 504] },
            timeout: 10_000,
            ...(options.fetch ? { fetch: options.fetch } : {}),
            ...(signal ? { signal } : {}),
          })
          .json<{ ticket?: { id?: unknown } }>();
        const id = created.ticket?.id;
        if (typeof id !== 'number' && typeof id !== 'string') {
          throw new DeliveryError('Zendesk answered without a ticket id', { retryable: false });
        }
        return { reference: String(id) };
      } catch (error) {
        if (error instanceof DeliveryError) throw error;
        if (error instanceof HTTPError) {
          const { status } = error.response;
          const detail = (await error.response.json().catch(() => null)) as {
            error?: unknown;
            description?: unknown;
          } | null;
          const words = [detail?.error, detail?.description].filter((part) => typeof part === 'string').join(': ');
          throw new DeliveryError(`Zendesk refused the ticket (${status})${words ? `: ${words}` : ''}`, {
            cause: error,
            retryable: status === 429 || status >= 500,
            providerCode: typeof detail?.error === 'string' ? detail.error : status,
          });
        }
        throw new DeliveryError(`Zendesk ${error instanceof TimeoutError ? 'timed out' : 'could not be reached'}`, {
          cause: error,
        });
      }
    },
  };
}
