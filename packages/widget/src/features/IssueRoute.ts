import type { IssueType, ResourceKind } from '@waypost/client';

/** What a host callback receives about a reported problem. */
export interface IssueReport {
  type: IssueType;
  kind: ResourceKind;
  id: string;
  orderNumber?: string | undefined;
  /** What the shopper wrote, if anything. */
  message?: string | undefined;
}

/** What a host callback may answer: a reference number to show the shopper, or nothing. */
export type IssueCallbackAnswer = { reference?: string } | undefined;

/**
 * Where a problem type goes: `'api'` calls `client.reportIssue`; `{ url }` links to the retailer's page with the
 * order number and type as query parameters (never personal data); `{ callback }` hands the report to the page
 * (open a chat, a help-desk form) and may answer with a reference to show.
 *
 * @example { url: 'https://shop.example/help/damaged' }
 */
export type IssueRoute =
  | 'api'
  | { url: string }
  // biome-ignore lint/suspicious/noConfusingVoidType: a host's callback usually returns nothing at all.
  | { callback: (report: IssueReport) => IssueCallbackAnswer | Promise<IssueCallbackAnswer> | void };
