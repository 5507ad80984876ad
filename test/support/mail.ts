import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunningServer } from '@hero/server/src/assemble';

/** One message as the file mail transport wrote it, read back the way a mail client would. */
export interface SentMail {
  path: string;
  from: string;
  to: string;
  subject: string;
  date: Date;
  messageId: string;
  /** Every header, names lower-cased. */
  headers: Record<string, string>;
  text: string;
}

/** The messages a test server has sent to `to` (any case), oldest first. */
export function readMail(server: RunningServer, to: string): Promise<SentMail[]> {
  return readMailIn(server.services.config.MAIL_DIR, to);
}

/** The same, for a server in its own process: the MAIL_DIR it was given. */
export async function readMailIn(dir: string, to: string): Promise<SentMail[]> {
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).filter((n) => n.endsWith('.eml')).sort();
  const all = await Promise.all(names.map(async (n) => parseEml(join(dir, n), await readFile(join(dir, n), 'utf8'))));
  return all.filter((m) => m.to.toLowerCase() === to.toLowerCase());
}

/**
 * Waits until `count` messages to `to` are in `dir` (mail goes out in the background) and returns them;
 * fails after `timeoutMs`. For a server in this process, `server.services.mailQueue.idle()` is exact instead.
 */
export async function waitForMail(dir: string, to: string, count = 1, timeoutMs = 10_000): Promise<SentMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = await readMailIn(dir, to);
    if (mail.length >= count) return mail;
    if (Date.now() > deadline) throw new Error(`${mail.length} of ${count} messages to ${to} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The first link in a message's text that starts with `prefix`. */
export function linkIn(mail: SentMail, prefix: string): string {
  const link = mail.text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!link) throw new Error(`no link starting with ${prefix} in:\n${mail.text}`);
  return link;
}

export function parseEml(path: string, eml: string): SentMail {
  const split = eml.indexOf('\r\n\r\n');
  if (split < 0) throw new Error(`${path}: no blank line between headers and body`);
  const headers: Record<string, string> = {};
  // Unfold (a line starting with white space continues the header above), then decode encoded words.
  for (const line of eml.slice(0, split).split(/\r\n(?![ \t])/)) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = decodeWords(
      line
        .slice(colon + 1)
        .replace(/\r\n[ \t]/g, ' ')
        .trim(),
    );
  }
  const body = eml.slice(split + 4).replace(/\r\n$/, '');
  return {
    path,
    from: headers.from ?? '',
    to: headers.to ?? '',
    subject: headers.subject ?? '',
    date: new Date(headers.date ?? ''),
    messageId: headers['message-id'] ?? '',
    headers,
    text: body.replace(/\r\n/g, '\n'),
  };
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
}
