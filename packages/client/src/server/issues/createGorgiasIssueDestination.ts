import { describeIssue } from './describeIssue.js';
import type { IssueDestination } from './IssueDestination.js';
import { postHelpdeskTicket } from './postHelpdeskTicket.js';

/** Options of `createGorgiasIssueDestination`. */
export interface GorgiasIssueDestinationOptions {
  /**
   * The account's subdomain: `acme` for `acme.gorgias.com`.
   * @example 'acme'
   */
  domain: string;
  /** The email of the Gorgias user the REST API key belongs to (Settings → REST API). */
  email: string;
  /** The REST API key. */
  apiKey: string;
  /**
   * Retries on 429 (after Gorgias's `Retry-After`) and 5xx.
   * @default 2
   */
  retries?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

type GorgiasError = { error?: { msg?: unknown; data?: unknown } | string; message?: unknown } | null;

function readGorgiasError(answer: unknown): { words?: string } {
  const body = answer as GorgiasError;
  const error = body?.error;
  const message = typeof error === 'string' ? error : (error?.msg ?? body?.message);
  const data = typeof error === 'object' && error?.data ? ` ${JSON.stringify(error.data).slice(0, 300)}` : '';
  return typeof message === 'string' ? { words: `${message}${data}` } : {};
}

/**
 * Opens a Gorgias ticket per report through the REST API (`POST https://{domain}.gorgias.com/api/tickets`, basic auth
 * with the API user's email and key). With the shopper's contact (from the order, via `composeSources`) the ticket
 * is an incoming `api` message from that customer, so agents reply to them; without it, it is an internal note from
 * the API user. Tagged `waypost` and `waypost_<type>`, with the record id as `external_id`. The reference the
 * shopper sees is the ticket id. Gorgias's `{ error: { msg, data } }` becomes a `DeliveryError`; 4xx but 429 are
 * permanent.
 *
 * @example createGorgiasIssueDestination({ domain: 'acme', email: 'ops@shop.example', apiKey })
 */
export function createGorgiasIssueDestination(options: GorgiasIssueDestinationOptions): IssueDestination {
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/i.test(options?.domain ?? '') || !options.email || !options.apiKey) {
    throw new TypeError(
      '[waypost] createGorgiasIssueDestination needs a `domain`, the API user `email` and an `apiKey`',
    );
  }
  const url = `https://${options.domain}.gorgias.com/api/tickets`;
  const authorization = `Basic ${btoa(`${options.email}:${options.apiKey}`)}`;
  return {
    name: 'gorgias',
    async deliver(report, { signal }) {
      const { subject, body } = describeIssue(report);
      const { requester } = report;
      const customer = requester && {
        email: requester.email,
        ...(requester.name ? { name: requester.name } : {}),
      };
      const message = {
        via: 'api',
        subject,
        body_text: body,
        ...(customer
          ? { channel: 'api', from_agent: false, sender: customer }
          : { channel: 'internal-note', from_agent: true, sender: { email: options.email } }),
      };
      const ticket = {
        subject,
        channel: 'api',
        via: 'api',
        from_agent: !customer,
        ...(customer ? { customer } : {}),
        messages: [message],
        tags: [{ name: 'waypost' }, { name: `waypost_${report.input.type}` }],
        external_id: report.input.id,
        ...(report.locale ? { language: report.locale.split('-')[0]!.toLowerCase() } : {}),
      };
      const id = await postHelpdeskTicket(
        {
          helpdesk: 'Gorgias',
          url,
          authorization,
          retries: options.retries ?? 2,
          ...(options.fetch ? { fetch: options.fetch } : {}),
          ...(signal ? { signal } : {}),
          readError: readGorgiasError,
          readId: (answer) => (answer as { id?: unknown } | null)?.id,
        },
        ticket,
      );
      return { reference: id };
    },
  };
}
