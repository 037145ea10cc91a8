import { importOptionalPeer } from '../importOptionalPeer.js';
import type { MailTransporter } from './createSmtpChannel.js';

const isTransporter = (value: unknown): value is MailTransporter =>
  typeof (value as MailTransporter | null)?.sendMail === 'function';

/**
 * A function that resolves to a mail transporter: `transport` itself when it already is one, else one made by
 * nodemailer from SMTP options, loaded on first use so nodemailer stays an optional peer dependency.
 *
 * @example const getTransporter = createMailTransporterLoader({ host: 'localhost', port: 2525 }, 'createSmtpChannel')
 */
export function createMailTransporterLoader(
  transport: Record<string, unknown> | MailTransporter,
  caller: string,
): () => Promise<MailTransporter> {
  let transporter: Promise<MailTransporter> | undefined;
  return () => {
    if (isTransporter(transport)) return Promise.resolve(transport);
    transporter ??= (importOptionalPeer('nodemailer') as Promise<typeof import('nodemailer')>).then(
      (module) => module.default.createTransport(transport) as unknown as MailTransporter,
      (error: unknown) => {
        transporter = undefined;
        throw new Error(`[waypost] ${caller} needs the nodemailer package: pnpm add nodemailer`, { cause: error });
      },
    );
    return transporter;
  };
}
