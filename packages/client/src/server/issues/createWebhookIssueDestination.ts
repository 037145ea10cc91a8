import { assertWebhookOptions } from '../outbound/assertWebhookOptions.js';
import { type SignedWebhookOptions, sendSignedWebhook } from '../outbound/sendSignedWebhook.js';
import type { IssueDestination } from './IssueDestination.js';

/**
 * POSTs each report as signed JSON (`{ type: 'issue.reported', id, issue, record }`, headers `Waypost-Signature`
 * and `Waypost-Delivery`) and retries with backoff. When the receiver answers `{ "reference": "…" }` that is the
 * shopper's reference; otherwise the delivery id is.
 *
 * @example createWebhookIssueDestination({ url: 'https://ops.shop.example/waypost/issues', secret })
 */
export function createWebhookIssueDestination(options: SignedWebhookOptions): IssueDestination {
  assertWebhookOptions('createWebhookIssueDestination', options);
  return {
    name: 'webhook',
    async deliver(report, { signal }) {
      const id = `iss_${crypto.randomUUID()}`;
      const answer = await sendSignedWebhook(
        options,
        id,
        {
          type: 'issue.reported',
          id,
          issue: report.input,
          record: report.resource ?? null,
          locale: report.locale ?? null,
          reportedAt: new Date(report.reportedAt).toISOString(),
        },
        signal,
      );
      const reference = (answer as { reference?: unknown } | null)?.reference;
      return {
        reference: typeof reference === 'string' && reference.length > 0 && reference.length <= 64 ? reference : id,
      };
    },
  };
}
