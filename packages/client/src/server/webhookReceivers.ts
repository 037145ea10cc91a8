import { receiveAfterShipWebhook } from '../providers/aftership/receiveAfterShipWebhook.js';
import { receiveEasyPostWebhook } from '../providers/easypost/receiveEasyPostWebhook.js';
import type { WebhookReceiver } from './handleWebhook.js';

/** The provider modules that verify and normalize each webhook the handler serves. */
export const webhookReceivers: Record<'aftership' | 'easypost', WebhookReceiver> = {
  aftership: receiveAfterShipWebhook,
  easypost: receiveEasyPostWebhook,
};
