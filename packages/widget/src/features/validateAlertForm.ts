import {
  type AlertChannel,
  type AlertMilestones,
  type AlertSubscriptionInput,
  E164_PATTERN,
  isE164Phone,
  type ResourceKind,
} from '@waypost/client';
import type { MessageKey } from '../i18n/en.js';
import { isEmailAddress } from './shared.js';

/** What the shopper filled in to get alerts. */
export interface AlertFormValues {
  channel: AlertChannel;
  address: string;
  milestones: AlertMilestones;
  consent: boolean;
}

/** A field of the alert form that can be wrong. */
export type AlertField = 'address' | 'consent';

/** E.164: a plus, a country code that does not start with 0, and 8 to 15 digits in all (the client's pattern). */
export const E164 = E164_PATTERN;

/**
 * Validates the alert opt-in and builds the request: an email address, or a mobile number in E.164 (spaces,
 * dots, dashes and brackets are dropped first), and explicit consent, whose text is sent verbatim.
 *
 * @example validateAlertForm({ channel: 'sms', address: '+1 415 555 0100', milestones: 'key', consent: true }, { kind: 'order', id: 'ord_1' }, text)
 * // { input: { …, address: '+14155550100', consentText: text } }
 */
export function validateAlertForm(
  values: AlertFormValues,
  record: { kind: ResourceKind; id: string },
  consentText: string,
):
  | { input: AlertSubscriptionInput; errors?: undefined }
  | { input?: undefined; errors: Partial<Record<AlertField, MessageKey>> } {
  const errors: Partial<Record<AlertField, MessageKey>> = {};
  const address = values.channel === 'sms' ? values.address.replace(/[\s().-]/g, '') : values.address.trim();
  if (values.channel === 'sms' ? !isE164Phone(address) : !isEmailAddress(address)) {
    errors.address = values.channel === 'sms' ? 'alerts.invalidPhone' : 'form.invalidEmail';
  }
  if (!values.consent) errors.consent = 'alerts.consentRequired';
  if (errors.address || errors.consent) return { errors };
  const { channel, milestones } = values;
  return { input: { kind: record.kind, id: record.id, channel, address, milestones, consentText } };
}
