import type { IssueReportInput } from '../../model/Actions.js';
import type { Resource } from '../../model/LookupResult.js';
import type { IssueRequester } from './IssueRequester.js';

/** A shopper's report as a destination receives it: what they sent, and the record it is about. */
export interface IssueReport {
  input: IssueReportInput;
  /** The record as the handler read it, when known. */
  resource?: Resource;
  /** Who reported it, when the orders source knows the order's contact (`composeSources` looks it up). */
  requester?: IssueRequester;
  /** The shopper's locale. */
  locale?: string;
  /** Milliseconds since the epoch. */
  reportedAt: number;
}
