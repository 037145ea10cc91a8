import type { WebhookProvider } from '../model/WebhookProvider.js';
import { receiveAfterShipWebhook } from '../providers/aftership/receiveAfterShipWebhook.js';
import { receiveEasyPostWebhook } from '../providers/easypost/receiveEasyPostWebhook.js';
import type { WebhookReceiver } from './handleWebhook.js';

/** The provider modules that verify and normalize each webhook the handler serves. */
export const webhookReceivers: Record<WebhookProvider, WebhookReceiver> = {
  aftership: receiveAfterShipWebhook,
  easypost: receiveEasyPostWebhook,
};
