/** The providers whose webhooks the handler serves, at `{basePath}/webhooks/{provider}`. */
export const WEBHOOK_PROVIDERS = ['aftership', 'easypost'] as const;

/** One of `WEBHOOK_PROVIDERS`. */
export type WebhookProvider = (typeof WEBHOOK_PROVIDERS)[number];
