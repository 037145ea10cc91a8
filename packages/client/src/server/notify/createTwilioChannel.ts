import ky, { HTTPError, TimeoutError } from 'ky';
import { DeliveryError } from '../../errors/DeliveryError.js';
import type { NotificationChannel } from './NotificationChannel.js';

/** Options of `createTwilioChannel`. */
export interface TwilioChannelOptions {
  /** Account SID (`AC…`). */
  accountSid: string;
  /** Auth token, or an API key secret with `apiKeySid`. */
  authToken: string;
  /** API key SID (`SK…`) to authenticate with instead of the account SID. */
  apiKeySid?: string;
  /** Sender number in E.164, or a Messaging Service SID (`MG…`), which Twilio recommends for alerts. */
  from: string;
  /**
   * Milliseconds per request.
   * @default 10_000
   */
  timeout?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

// Twilio's errors that no retry can fix: invalid or unreachable numbers, opted-out recipients, bad credentials.
const permanentCodes = new Set([20003, 21211, 21408, 21610, 21612, 21614]);

/**
 * An SMS channel over Twilio's Programmable Messaging REST API (`POST /2010-04-01/Accounts/{sid}/Messages.json`,
 * form-encoded `To`, `From` or `MessagingServiceSid`, and `Body`). Twilio's error body (`code`, `message`,
 * `more_info`) becomes a `DeliveryError` whose `providerCode` is Twilio's code; 429 and 5xx are retryable.
 *
 * @example createTwilioChannel({ accountSid: 'AC…', authToken: process.env.TWILIO_AUTH_TOKEN, from: 'MG…' })
 */
export function createTwilioChannel(options: TwilioChannelOptions): NotificationChannel {
  if (!/^AC[0-9a-fA-F]{32}$/.test(options?.accountSid ?? '')) {
    throw new TypeError('[waypost] createTwilioChannel needs an `accountSid` (AC followed by 32 hex digits)');
  }
  if (typeof options.authToken !== 'string' || options.authToken === '') {
    throw new TypeError('[waypost] createTwilioChannel needs an `authToken`');
  }
  if (!/^(\+[1-9]\d{6,14}|MG[0-9a-fA-F]{32})$/.test(options.from ?? '')) {
    throw new TypeError('[waypost] createTwilioChannel needs `from`: an E.164 number or a Messaging Service SID');
  }
  const url = `https://api.twilio.com/2010-04-01/Accounts/${options.accountSid}/Messages.json`;
  const authorization = `Basic ${btoa(`${options.apiKeySid ?? options.accountSid}:${options.authToken}`)}`;
  return {
    name: 'twilio',
    async send(message, { signal }) {
      const body = new URLSearchParams({ To: message.to, Body: message.text });
      body.set(options.from.startsWith('MG') ? 'MessagingServiceSid' : 'From', options.from);
      try {
        const sent = await ky
          .post(url, {
            body,
            headers: { Authorization: authorization },
            retry: 0,
            timeout: options.timeout ?? 10_000,
            ...(options.fetch ? { fetch: options.fetch } : {}),
            ...(signal ? { signal } : {}),
          })
          .json<{ sid?: unknown }>();
        return typeof sent.sid === 'string' ? { id: sent.sid } : {};
      } catch (error) {
        if (error instanceof HTTPError) {
          const { status } = error.response;
          const detail = (await error.response.json().catch(() => null)) as {
            code?: unknown;
            message?: unknown;
          } | null;
          const code = typeof detail?.code === 'number' ? detail.code : undefined;
          const text = typeof detail?.message === 'string' ? `: ${detail.message}` : '';
          throw new DeliveryError(`Twilio refused the SMS (${status}${code ? `, error ${code}` : ''})${text}`, {
            cause: error,
            retryable: !(code && permanentCodes.has(code)) && (status === 408 || status === 429 || status >= 500),
            ...(code === undefined ? {} : { providerCode: code }),
          });
        }
        const what = error instanceof TimeoutError ? 'timed out' : 'could not be reached';
        throw new DeliveryError(`Twilio ${what}`, { cause: error });
      }
    },
  };
}
