import type { ResourceKind } from '../model/ResourceKind.js';

/** What an access token carries, signed. Short keys keep tokens short in email links. */
export interface AccessTokenPayload {
  /** The kind of record the token opens. */
  k: ResourceKind;
  /** The record's id. */
  id: string;
  /** The order the record belongs to; absent on tracking-number tokens, which see no personal data. */
  o?: string;
  /** Expiry, in Unix seconds. */
  exp: number;
}
