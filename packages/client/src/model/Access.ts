/** A short-lived bearer token scoped to one record, returned by a lookup and used for follow-up reads. */
export interface Access {
  token: string;
  /** ISO 8601 instant after which the token is refused. */
  expiresAt: string;
}
