import { createTransport, type Transporter } from 'nodemailer';

/** What the drainer needs of an SMTP server (the shape of `@dondoc/config`'s SmtpConfig). */
export interface SmtpOptions {
  host: string;
  port: number;
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
  /** The From header, e.g. `Đôn đốc <dondoc@example.gov.vn>`. */
  from: string;
}

/** Sends one plain-text mail. */
export interface MailSender {
  send(mail: { to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

/** A nodemailer SMTP transport with short timeouts: a slow server fails the attempt, the outbox retries. */
export function createSmtpMailSender(options: SmtpOptions): MailSender {
  const transport: Transporter = createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure,
    ...(options.user ? { auth: { user: options.user, pass: options.password ?? '' } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}
