import type { NotificationChannel } from './NotificationChannel.js';
import type { NotificationTemplate } from './NotificationTemplate.js';
import type { OutboxEntry } from './OutboxEntry.js';
import type { QuietHours } from './QuietHours.js';
import type { SubscriptionStore } from './SubscriptionStore.js';

/** Options of `createNotifier`. */
export interface NotifierOptions {
  /**
   * Where opt-ins, parcel states and the outbox live.
   * @example await createSqliteSubscriptionStore({ filename: './data/waypost-alerts.sqlite' })
   */
  store: SubscriptionStore;
  /**
   * Signs unsubscribe links; pass the handler's `secret` so the handler can verify them. The first signs, any verifies.
   * @example process.env.WAYPOST_SECRET
   */
  secret: string | readonly string[];
  /**
   * The handler's public address, where `/unsubscribe/{token}` is served. https in production.
   * @example 'https://shop.example/apps/waypost'
   */
  publicUrl: string;
  /**
   * A channel per alert channel shoppers can choose. Send email to a webhook instead to hand alerts to Klaviyo or
   * Attentive.
   * @example { email: createSmtpChannel({ transport, from }), sms: createTwilioChannel({ accountSid, authToken, from }) }
   */
  channels: { email?: NotificationChannel; sms?: NotificationChannel };
  /**
   * A nightly window with no sends; messages wait for its end.
   * @default undefined (send at any hour)
   * @example { start: '21:00', end: '08:00', timeZone: 'America/New_York' }
   */
  quietHours?: QuietHours;
  /**
   * Writes messages instead of the built-in catalogs (English, German, Spanish, French).
   * @default undefined
   */
  template?: NotificationTemplate;
  /**
   * Zone new delivery dates are written in.
   * @default quietHours.timeZone, else 'UTC'
   */
  timeZone?: string;
  /**
   * Waits before each retry of a failed send, in milliseconds; after the last the entry is recorded as `failed`.
   * @default [60_000, 300_000, 1_800_000, 7_200_000, 21_600_000]
   */
  retryDelaysMs?: readonly number[];
  /**
   * Called for every failed attempt, with the entry as recorded (status `pending` while retries remain).
   * @default logs with console.error
   */
  onDeliveryError?: (error: unknown, entry: OutboxEntry) => void;
  /**
   * The clock, in milliseconds; tests pass a fake one.
   * @default Date.now
   */
  now?: () => number;
}
