// Test helper (not a test): a message as the notifier hands it to a channel, written by hand.
import type { NotificationMessage } from '../NotificationMessage.js';

/** An out-for-delivery message to `to`. */
export function sampleMessage(to: string, channel: 'email' | 'sms' = 'sms'): NotificationMessage {
  return {
    id: 'msg_1',
    subscriptionId: 'sub_1',
    channel,
    to,
    locale: 'en',
    subject: 'Your parcel is out for delivery',
    text: 'Your parcel 1Z999AA10123456784 with UPS is out for delivery today.',
    unsubscribeUrl: 'https://shop.example/api/waypost/unsubscribe/c3ViXzE.sig',
    event: { type: 'milestone', milestone: 'out_for_delivery' },
    record: { kind: 'order', id: 'ord_1' },
    parcel: { trackingNumber: '1Z999AA10123456784', carrier: 'UPS' },
  };
}
