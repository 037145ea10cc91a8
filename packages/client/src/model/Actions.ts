import type { AlertChannel } from './AlertChannel.js';
import type { AlertMilestones } from './AlertMilestones.js';
import type { ResourceKind } from './ResourceKind.js';
import type { ReturnResolution } from './ReturnResolution.js';
import type { TimeValue } from './TimeValue.js';

/** What a shopper asks for when starting a return or an exchange (`POST /returns`). */
export interface StartReturnInput {
  orderId: string;
  items: Array<{ itemId: string; quantity: number; reason: string; comment?: string }>;
  resolution: ReturnResolution;
  /** For exchanges: the wanted variant per returned item. */
  exchangeFor?: Array<{ itemId: string; variant: string }>;
}

/** An alert opt-in (`POST /alerts`). */
export interface AlertSubscriptionInput {
  kind: ResourceKind;
  id: string;
  channel: AlertChannel;
  /** An email address, or a phone number in E.164 (`+14155550100`). */
  address: string;
  /** `all` milestones, or only the right-now moments: out for delivery, delays and problems. */
  milestones: AlertMilestones;
  /** The consent text the shopper saw and accepted, verbatim. */
  consentText: string;
}

/** The stored opt-in. */
export interface AlertSubscription {
  id: string;
  channel: AlertChannel;
  milestones: AlertMilestones;
  createdAt: TimeValue;
}

/** The problems a shopper can report. */
export const ISSUE_TYPES = ['not_received', 'damaged', 'wrong_item', 'missing_item', 'late', 'other'] as const;

/** A problem a shopper can report. */
export type IssueType = (typeof ISSUE_TYPES)[number];

/** A problem report (`POST /issues`). */
export interface IssueReportInput {
  kind: ResourceKind;
  id: string;
  type: IssueType;
  message?: string;
  itemIds?: string[];
}

/** What the retailer's system answers a report with. */
export interface IssueReceipt {
  reference: string;
  createdAt: TimeValue;
}
