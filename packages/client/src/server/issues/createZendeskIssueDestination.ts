import { describeIssue } from './describeIssue.js';
import type { IssueDestination } from './IssueDestination.js';
import { postHelpdeskTicket } from './postHelpdeskTicket.js';

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

type ZendeskError = { error?: unknown; description?: unknown } | null;

/**
 * Opens a Zendesk ticket per report through the Tickets API (`POST /api/v2/tickets.json`, API-token basic auth).
 * The requester is the shopper (`requester: { name, email }`, from the order's contact; Zendesk finds or creates the
 * end user), so replies reach them; without a known contact the API user is the requester. The first comment is an
 * internal note. The ticket is tagged `waypost` and `waypost_<type>` so triggers can route it, and its
 * `external_id` is the record id. The reference the shopper sees is the ticket number. Zendesk's
 * `{ error, description }` becomes a `DeliveryError`; 422 and 401 are permanent.
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
      const { requester } = report;
      const ticket = {
        subject,
        comment: { body, public: false },
        priority: options.priority ?? 'normal',
        tags: ['waypost', `waypost_${report.input.type}`],
        external_id: report.input.id,
        ...(requester ? { requester: { name: requester.name ?? requester.email, email: requester.email } } : {}),
      };
      const id = await postHelpdeskTicket(
        {
          helpdesk: 'Zendesk',
          url,
          authorization,
          headers: { 'Idempotency-Key': `waypost-${crypto.randomUUID()}` },
          retries: options.retries ?? 2,
          ...(options.fetch ? { fetch: options.fetch } : {}),
          ...(signal ? { signal } : {}),
          readError(answer) {
            const detail = answer as ZendeskError;
            const code = typeof detail?.error === 'string' ? detail.error : undefined;
            const words = [code, detail?.description].filter((part) => typeof part === 'string').join(': ');
            return { ...(code ? { code } : {}), ...(words ? { words } : {}) };
          },
          readId: (answer) => (answer as { ticket?: { id?: unknown } } | null)?.ticket?.id,
        },
        { ticket },
      );
      return { reference: id };
    },
  };
}
