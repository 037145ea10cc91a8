import type { AlertSubscription, IssueReceipt } from '../Actions.js';
import { ALERT_CHANNELS } from '../AlertChannel.js';
import { ALERT_MILESTONES } from '../AlertMilestones.js';
import type { Validator } from '../validate/Validator.js';
import * as v from '../validate/validators.js';
import { idSchema } from './primitives.js';
import { timeValueSchema } from './timeValueSchema.js';

/** Validates an `AlertSubscription`. */
export const alertSubscriptionSchema: Validator<AlertSubscription> = v.object({
  id: v.string,
  channel: v.picklist(ALERT_CHANNELS),
  milestones: v.picklist(ALERT_MILESTONES),
  createdAt: timeValueSchema,
});

/** Validates an `IssueReceipt`. */
export const issueReceiptSchema: Validator<IssueReceipt> = v.object({
  reference: idSchema,
  createdAt: timeValueSchema,
});
