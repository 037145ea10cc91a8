import type { ResourceKind } from '../../model/ResourceKind.js';

/** An alert opt-in as a subscription store keeps it: with the consent the shopper gave and the contact to use. */
export interface StoredSubscription {
  id: string;
  kind: ResourceKind;
  recordId: string;
  channel: 'email' | 'sms';
  /** Email address or E.164 phone number. Never put in URLs or logs. */
  address: string;
  milestones: 'all' | 'key';
  /** The consent text the shopper accepted, verbatim, kept as proof of opt-in. */
  consentText: string;
  /** BCP 47 locale messages are written in. */
  locale: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** When the shopper unsubscribed, or `null`. */
  unsubscribedAt: number | null;
}
