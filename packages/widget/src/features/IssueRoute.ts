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
  | {
      callback: (
        report: IssueReport,
      ) => void | { reference?: string } | Promise<void | { reference?: string } | undefined> | undefined;
    };
