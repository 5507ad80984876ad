import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createTransport } from 'nodemailer';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Logger } from './logger';

/** One plain-text message to one address. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail; resolves once the message is written (file) or accepted by the relay (SMTP). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** SMTP when SMTP_URL is set; otherwise each message becomes an .eml file under MAIL_DIR. */
export function createMailer(config: Config, clock: Clock, logger: Logger): Mailer {
  if (config.SMTP_URL) return new SmtpMailer(config.SMTP_URL, config.MAIL_FROM, logger);
  return new FileMailer(config.MAIL_DIR, config.MAIL_FROM, clock, logger);
}

/**
 * Writes RFC 5322 messages to a folder, one `.eml` file each, and logs the path: the demo and the tests
 * need no mail server, and any mail client opens the files. The body is UTF-8 sent as 8bit, so a link in it
 * stays readable with `cat`.
 */
export class FileMailer implements Mailer {
  constructor(
    private readonly dir: string,
    private readonly from: string,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async send(message: MailMessage): Promise<void> {
    const now = this.clock.now();
    const id = randomBytes(12).toString('hex');
    const eml = formatMessage(message, { from: this.from, date: now, messageId: `<${id}@${domainOf(this.from)}>` });
    await mkdir(this.dir, { recursive: true });
    const path = resolve(this.dir, `${now.toISOString().replace(/[:.]/g, '-')}-${id}.eml`);
    // Written under a temporary name, then renamed: a reader never sees half a message.
    await writeFile(`${path}.tmp`, eml, 'utf8');
    await rename(`${path}.tmp`, path);
    this.logger.info({ event: 'mail.written', to: message.to, subject: message.subject, path }, 'mail written');
  }
}

/** Sends through an SMTP relay with nodemailer (`smtps://user:pass@host:465` or `smtp://host:587`). */
export class SmtpMailer implements Mailer {
  private readonly transport;

  constructor(
    url: string,
    private readonly from: string,
    private readonly logger: Logger,
  ) {
    this.transport = createTransport(url);
  }

  async send(message: MailMessage): Promise<void> {
    checkHeaderValues(message);
    const info = await this.transport.sendMail({ from: this.from, ...message });
    this.logger.info({ event: 'mail.sent', to: message.to, subject: message.subject, messageId: info.messageId });
  }
}

/** The message as RFC 5322 text with CRLF line ends (MIME: one text/plain UTF-8 part). */
export function formatMessage(message: MailMessage, meta: { from: string; date: Date; messageId: string }): string {
  checkHeaderValues(message);
  const headers = [
    `From: ${encodeAddress(meta.from)}`,
    `To: ${message.to}`,
    `Subject: ${encodeWords(message.subject)}`,
    `Date: ${rfc5322Date(meta.date)}`,
    `Message-ID: ${meta.messageId}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
  ];
  const body = message.text.replace(/\r?\n/g, '\r\n');
  return `${headers.join('\r\n')}\r\n\r\n${body}\r\n`;
}

/** A line break in an address or subject would let its author add headers of their own. */
function checkHeaderValues(message: MailMessage): void {
  for (const [name, value] of [
    ['to', message.to],
    ['subject', message.subject],
  ] as const) {
    if (/[\r\n]/.test(value)) throw new Error(`mail ${name} must be one line`);
  }
}

/** `Name <address>`: only the display name may need encoding. */
function encodeAddress(value: string): string {
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(value);
  return named ? `${encodeWords(named[1]!)} <${named[2]}>` : value;
}

/** RFC 2047 encoded words for non-ASCII header text, each at most 75 characters long. */
function encodeWords(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const char of value) {
    if (Buffer.byteLength(chunk + char) > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join('\r\n ');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** `Mon, 30 Nov 2026 11:29:15 +0000` (RFC 5322 section 3.3), always in UTC. */
export function rfc5322Date(d: Date): string {
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} +0000`;
}

function domainOf(from: string): string {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'localhost';
}
