import type { AlertSubscriptionInput } from '../model/Actions.js';
import { ALERT_CHANNELS } from '../model/AlertChannel.js';
import { ALERT_MILESTONES } from '../model/AlertMilestones.js';
import { RESOURCE_KINDS } from '../model/ResourceKind.js';
import type { Validator } from '../model/validate/Validator.js';
import * as v from '../model/validate/validators.js';
import * as input from './inputValidators.js';
import { isE164Phone } from './isE164Phone.js';
import { isEmailAddress } from './isEmailAddress.js';

/**
 * Validates a `POST /alerts` body (`AlertSubscriptionInput`): an email address, or for `sms` a phone number in
 * E.164 (checked once every field is valid, and reported at `address`).
 *
 * @example v.all(alertSubscriptionInputSchema)({ kind: 'order', id: 'ord_1', channel: 'sms', address: '+14155550100', milestones: 'key', consentText: 'Text me' })
 */
export const alertSubscriptionInputSchema: Validator<AlertSubscriptionInput> = v.refine(
  v.object<AlertSubscriptionInput>({
    kind: input.oneOf(RESOURCE_KINDS),
    id: input.id,
    channel: input.oneOf(ALERT_CHANNELS),
    address: input.text(254),
    milestones: input.oneOf(ALERT_MILESTONES),
    consentText: input.text(2000),
  }),
  (alert) => (alert.channel === 'sms' ? isE164Phone(alert.address) : isEmailAddress(alert.address)),
  'address',
  'An email address, or for sms a phone number in E.164 (+14155550100)',
);
