import type { IssueReportInput } from '../../model/Actions.js';
import type { Resource } from '../../model/LookupResult.js';

/** A shopper's report as a destination receives it: what they sent, and the record it is about. */
export interface IssueReport {
  input: IssueReportInput;
  /** The record as the handler read it, when known. */
  resource?: Resource;
  /** The shopper's locale. */
  locale?: string;
  /** Milliseconds since the epoch. */
  reportedAt: number;
}
