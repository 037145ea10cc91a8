import * as v from 'valibot';
import { ISSUE_TYPES } from '../model/Actions.js';
import { RESOURCE_KINDS } from '../model/ResourceKind.js';
import { isEmailAddress } from './isEmailAddress.js';

const text = (max: number) =>
  v.pipe(v.string('A string'), v.trim(), v.minLength(1, 'Required'), v.maxLength(max, `At most ${max} characters`));
const optionalText = (max: number) =>
  v.optional(v.pipe(v.string('A string'), v.maxLength(max, `At most ${max} characters`)));
const id = text(256);
const kind = v.picklist(RESOURCE_KINDS, `One of ${RESOURCE_KINDS.join(', ')}`);
const e164 = /^\+[1-9]\d{6,14}$/;

/** Validates a `POST /returns` body (`StartReturnInput`); quantities are checked against the order later. */
export const startReturnInputSchema = v.object({
  orderId: id,
  items: v.pipe(
    v.array(
      v.object({
        itemId: id,
        quantity: v.pipe(
          v.number('A number'),
          v.integer('A whole number'),
          v.minValue(1, 'At least 1'),
          v.maxValue(1000, 'At most 1000'),
        ),
        reason: text(200),
        comment: optionalText(2000),
      }),
      'A list',
    ),
    v.minLength(1, 'At least one item'),
    v.maxLength(100, 'At most 100 items'),
  ),
  resolution: v.picklist(['refund', 'exchange', 'store_credit'], 'One of refund, exchange, store_credit'),
  exchangeFor: v.optional(
    v.pipe(v.array(v.object({ itemId: id, variant: text(256) }), 'A list'), v.maxLength(100, 'At most 100 items')),
  ),
});

/** Validates a `POST /alerts` body (`AlertSubscriptionInput`): an email address, or a phone number in E.164. */
export const alertSubscriptionInputSchema = v.pipe(
  v.object({
    kind,
    id,
    channel: v.picklist(['email', 'sms'], 'One of email, sms'),
    address: text(254),
    milestones: v.picklist(['all', 'key'], 'One of all, key'),
    consentText: text(2000),
  }),
  v.forward(
    v.check(
      (input) => (input.channel === 'sms' ? e164.test(input.address) : isEmailAddress(input.address)),
      'An email address, or for sms a phone number in E.164 (+14155550100)',
    ),
    ['address'],
  ),
);

/** Validates a `POST /issues` body (`IssueReportInput`). */
export const issueReportInputSchema = v.object({
  kind,
  id,
  type: v.picklist(ISSUE_TYPES, `One of ${ISSUE_TYPES.join(', ')}`),
  message: optionalText(4000),
  itemIds: v.optional(v.pipe(v.array(id, 'A list'), v.maxLength(100, 'At most 100 items'))),
});
