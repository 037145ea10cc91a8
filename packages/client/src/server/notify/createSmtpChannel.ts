import { DeliveryError } from '../../errors/DeliveryError.js';
import { createMailTransporterLoader } from './createMailTransporterLoader.js';
import type { NotificationChannel } from './NotificationChannel.js';

/** The part of a nodemailer transporter the channel uses; pass your own to reuse a pool or a test double. */
export interface MailTransporter {
  sendMail(mail: Record<string, unknown>): Promise<{ messageId?: string }>;
}

/** Options of `createSmtpChannel`. */
export interface SmtpChannelOptions {
  /**
   * Nodemailer SMTP options (`host`, `port`, `secure`, `auth`), or a transporter made with
   * `nodemailer.createTransport`. nodemailer is an optional peer dependency, loaded on first send.
   * @example { host: 'smtp.postmarkapp.com', port: 587, auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } }
   */
  transport: Record<string, unknown> | MailTransporter;
  /**
   * The sender.
   * @example '"Shop Example" <orders@shop.example>'
   */
  from: string;
  /** Where shoppers' replies go. */
  replyTo?: string;
}

/**
 * An email channel over SMTP with nodemailer. Each message is plain text with `List-Unsubscribe` and
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058), so mail apps show their own unsubscribe button.
 * A 5xx SMTP reply (a refused mailbox) is a permanent `DeliveryError`; 4xx replies and connection errors retry.
 *
 * @example createSmtpChannel({ transport: { host: 'localhost', port: 2525 }, from: 'orders@shop.example' })
 */
export function createSmtpChannel(options: SmtpChannelOptions): NotificationChannel {
  if (!options?.transport || typeof options.from !== 'string' || options.from === '') {
    throw new TypeError('[waypost] createSmtpChannel needs a `transport` and a `from` address');
  }
  const getTransporter = createMailTransporterLoader(options.transport, 'createSmtpChannel');
  return {
    name: 'smtp',
    async send(message) {
      const mailer = await getTransporter();
      try {
        const sent = await mailer.sendMail({
          from: options.from,
          to: message.to,
          ...(options.replyTo ? { replyTo: options.replyTo } : {}),
          subject: message.subject,
          text: message.text,
          headers: {
            'Content-Language': message.locale,
            'List-Unsubscribe': `<${message.unsubscribeUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            'X-Waypost-Message': message.id,
          },
        });
        return sent.messageId ? { id: sent.messageId } : {};
      } catch (error) {
        const code = (error as { responseCode?: unknown }).responseCode;
        const permanent = typeof code === 'number' && code >= 500 && code < 600;
        throw new DeliveryError(
          `The SMTP server did not accept the message${typeof code === 'number' ? ` (${code})` : ''}`,
          {
            cause: error,
            retryable: !permanent,
            ...(typeof code === 'number' ? { providerCode: code } : {}),
          },
        );
      }
    },
  };
}
