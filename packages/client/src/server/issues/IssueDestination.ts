import type { IssueReport } from './IssueReport.js';

/**
 * Where reports of some issue types go: `createEmailIssueDestination`, `createWebhookIssueDestination`,
 * `createZendeskIssueDestination`, `createGorgiasIssueDestination`, or your own. Resolves to the destination's own
 * reference (a ticket number), which the shopper is shown; throws a `DeliveryError` when the report was not accepted.
 */
export interface IssueDestination {
  readonly name: string;
  deliver(report: IssueReport, options: { signal?: AbortSignal }): Promise<{ reference: string }>;
}
