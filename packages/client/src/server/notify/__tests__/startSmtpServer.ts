// Test helper (not a test): a real SMTP server on loopback, from the smtp-server package, whose inbox the tests read.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A running SMTP server and the messages it accepted, parsed. */
export interface TestSmtpServer {
  port: number;
  inbox: ParsedMail[];
  /** Recipients that get a permanent 550 refusal. */
  refuse: Set<string>;
  close(): Promise<void>;
}

/** Starts an SMTP server on 127.0.0.1 with a free port; no TLS, no auth, like a local relay. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const inbox: ParsedMail[] = [];
  const refuse = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address)) {
        const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          inbox.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    inbox,
    refuse,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
