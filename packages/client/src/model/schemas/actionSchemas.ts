import * as v from 'valibot';
import { timeValueSchema } from './timeValueSchema.js';

/** Validates an `AlertSubscription`. */
export const alertSubscriptionSchema = v.object({
  id: v.string(),
  channel: v.picklist(['email', 'sms']),
  milestones: v.picklist(['all', 'key']),
  createdAt: timeValueSchema,
});

/** Validates an `IssueReceipt`. */
export const issueReceiptSchema = v.object({
  reference: v.pipe(v.string(), v.minLength(1)),
  createdAt: timeValueSchema,
});
