import { createServer, type Server } from 'node:net';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@hero/server/src/platform/clock';
import { loadConfig } from '@hero/server/src/platform/config';
import { createLogger } from '@hero/server/src/platform/logger';
import { createMailer } from '@hero/server/src/platform/mail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEml, readMail } from '../support/mail';
import { dbKind, startTestServer, type TestServer } from '../support/server';

const clock = new ManualClock(new Date('2026-11-30T09:15:00Z'));
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(() => server?.stop());

describe(`mail transport (${dbKind()})`, () => {
  it('writes each message as an RFC 5322 .eml file under MAIL_DIR that a mail reader parses back', async () => {
    const to = 'reader@hero.test';
    await server.services.mail.send({
      to,
      subject: 'Crédits épuisés — 0.00 left',
      text: 'Line one\nLine two: ünïcode',
    });
    const [mail, ...more] = await readMail(server, to);
    expect(more).toHaveLength(0);
    expect(mail!.path.startsWith(server.services.config.MAIL_DIR)).toBe(true);
    expect(mail!.from).toBe('Hero Marketer <no-reply@heromarketer.test>');
    expect(mail!.subject).toBe('Crédits épuisés — 0.00 left');
    expect(mail!.date.toISOString()).toBe('2026-11-30T09:15:00.000Z');
    expect(mail!.headers.date).toBe('Mon, 30 Nov 2026 09:15:00 +0000');
    expect(mail!.messageId).toMatch(/^<[0-9a-f]{24}@heromarketer\.test>$/);
    expect(mail!.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(mail!.text).toBe('Line one\nLine two: ünïcode');
    expect(await readMail(server, 'someone-else@hero.test')).toHaveLength(0);
  });

  it('refuses a header value with a line break (no injected headers) and writes nothing', async () => {
    const before = readdirSync(server.services.config.MAIL_DIR).length;
    await expect(
      server.services.mail.send({ to: 'a@hero.test\r\nBcc: victim@hero.test', subject: 'x', text: 'x' }),
    ).rejects.toThrow(/one line/);
    await expect(
      server.services.mail.send({ to: 'a@hero.test', subject: 'x\nBcc: v@hero.test', text: 'x' }),
    ).rejects.toThrow(/one line/);
    expect(readdirSync(server.services.config.MAIL_DIR)).toHaveLength(before);
  });

  it('defaults MAIL_DIR to DATA_DIR/mail', () => {
    expect(loadConfig({ DATA_DIR: '/srv/hero' }).MAIL_DIR).toBe('/srv/hero/mail');
    expect(() => loadConfig({ SMTP_URL: 'mail.example.com' })).toThrow(/SMTP_URL: must start with smtp:\/\//);
  });
});

const REPLIES: Record<string, string> = { EHLO: '250 sink', HELO: '250 sink', DATA: '354 go ahead', QUIT: '221 bye' };

/** Just enough of an SMTP server (RFC 5321) to accept messages, as a relay would. */
function smtpSink(): { server: Server; received: { from: string; to: string[]; data: string }[] } {
  const received: { from: string; to: string[]; data: string }[] = [];
  const server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    let current = { from: '', to: [] as string[], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 sink ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(current);
            current = { from: '', to: [], data: '' };
            reply('250 queued');
          } else current.data += `${line.startsWith('..') ? line.slice(1) : line}\r\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'MAIL') current.from = line;
        if (verb === 'RCPT') current.to.push(line);
        if (verb === 'DATA') inData = true;
        reply(REPLIES[verb] ?? '250 ok');
        if (verb === 'QUIT') socket.end();
      }
    });
  });
  return { server, received };
}

describe('mail through SMTP when SMTP_URL is set', () => {
  it('hands the message to the relay and writes no file', async () => {
    const sink = smtpSink();
    await new Promise<void>((resolve) => sink.server.listen(0, '127.0.0.1', resolve));
    const port = (sink.server.address() as { port: number }).port;
    const dataDir = mkdtempSync(join(tmpdir(), 'hero-smtp-'));
    try {
      const config = loadConfig({
        DATA_DIR: dataDir,
        SMTP_URL: `smtp://127.0.0.1:${port}/?ignoreTLS=true`,
        MAIL_FROM: 'Billing <billing@hero.test>',
      });
      const mailer = createMailer(config, clock, createLogger({ LOG_LEVEL: 'silent', LOG_PRETTY: false }));
      await mailer.send({ to: 'customer@hero.test', subject: 'Your receipt', text: 'Thanks!' });
      expect(sink.received).toHaveLength(1);
      const [message] = sink.received;
      expect(message!.from).toContain('<billing@hero.test>');
      expect(message!.to).toEqual(['RCPT TO:<customer@hero.test>']);
      const parsed = parseEml('smtp', message!.data);
      expect(parsed.subject).toBe('Your receipt');
      expect(parsed.to).toBe('customer@hero.test');
      expect(existsSync(config.MAIL_DIR)).toBe(false);
    } finally {
      await new Promise((resolve) => sink.server.close(resolve));
    }
  });
});
