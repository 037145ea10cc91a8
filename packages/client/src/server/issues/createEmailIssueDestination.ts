import { DeliveryError } from '../../errors/DeliveryError.js';
import { createMailTransporterLoader } from '../notify/createMailTransporterLoader.js';
import type { MailTransporter } from '../notify/createSmtpChannel.js';
import { describeIssue } from './describeIssue.js';
import type { IssueDestination } from './IssueDestination.js';

/** Options of `createEmailIssueDestination`. */
export interface EmailIssueDestinationOptions {
  /** Nodemailer SMTP options or a transporter, as for `createSmtpChannel`. */
  transport: Record<string, unknown> | MailTransporter;
  /** The sender. */
  from: string;
  /**
   * The support address for the issue types routed here.
   * @example 'returns@shop.example'
   */
  to: string;
}

const referenceAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * Emails each report to a support address. Email has no ticket number, so the reference is a short code (`WP-7KQ2M9XA`)
 * put in the subject, which the shopper can quote and staff can search for.
 *
 * @example createEmailIssueDestination({ transport: { host: 'smtp.shop.example', port: 587 }, from, to: 'help@shop.example' })
 */
export function createEmailIssueDestination(options: EmailIssueDestinationOptions): IssueDestination {
  if (!options?.transport || !options.from || !/^[^\s@]+@[^\s@]+$/.test(options.to ?? '')) {
    throw new TypeError('[waypost] createEmailIssueDestination needs a `transport`, a `from` and a `to` address');
  }
  const getTransporter = createMailTransporterLoader(options.transport, 'createEmailIssueDestination');
  return {
    name: 'email',
    async deliver(report) {
      const random = crypto.getRandomValues(new Uint8Array(8));
      const reference = `WP-${Array.from(random, (byte) => referenceAlphabet[byte % referenceAlphabet.length]).join('')}`;
      const { subject, body } = describeIssue(report);
      const mailer = await getTransporter();
      try {
        await mailer.sendMail({
          from: options.from,
          to: options.to,
          subject: `[${reference}] ${subject}`,
          text: `Reference: ${reference}\n${body}`,
          headers: { 'X-Waypost-Issue': report.input.type },
        });
      } catch (error) {
        const code = (error as { responseCode?: unknown }).responseCode;
        throw new DeliveryError('The SMTP server did not accept the issue report', {
          cause: error,
          retryable: !(typeof code === 'number' && code >= 500),
          ...(typeof code === 'number' ? { providerCode: code } : {}),
        });
      }
      return { reference };
    },
  };
}
