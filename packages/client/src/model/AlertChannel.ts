/** The channels an alert can go out on: an email address, or a mobile number in E.164 for text messages. */
export const ALERT_CHANNELS = ['email', 'sms'] as const;

/** One of `ALERT_CHANNELS`. */
export type AlertChannel = (typeof ALERT_CHANNELS)[number];
