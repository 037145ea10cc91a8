/**
 * The shopper a report is from, as the orders source knows them (never what the browser sent): the helpdesk's
 * requester or customer. Contact data: never put in URLs or logs.
 */
export interface IssueRequester {
  email: string;
  /** A name to show staff; the first name an order carries, when it has one. */
  name?: string;
}
