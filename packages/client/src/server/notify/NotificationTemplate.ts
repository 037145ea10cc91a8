import type { NotificationEvent } from './NotificationEvent.js';

/** What a template gets to write one message. */
export interface NotificationTemplateContext {
  event: NotificationEvent;
  channel: 'email' | 'sms';
  locale: string;
  trackingNumber: string;
  carrier: string;
  /** The new date, already formatted for `locale`, for `eta_changed`. */
  date?: string;
  unsubscribeUrl: string;
}

/**
 * Writes a message's subject and text. Return `undefined` to use the built-in catalog for this one. The text must
 * carry `unsubscribeUrl`; the notifier appends it when it is missing.
 */
export type NotificationTemplate = (
  context: NotificationTemplateContext,
) => { subject: string; text: string } | undefined;
