import { createHmac, timingSafeEqual } from 'node:crypto';

/** How old (or how far ahead) a signature's timestamp may be: 5 minutes. */
export const TOLERANCE_SECONDS = 300;

export class WebhookSignatureError extends Error {}

export interface HeroEvent {
  id: string;
  type: string;
  sequence: number;
  workspaceId: string;
  createdAt: string;
  data: Record<string, unknown>;
}

/**
 * Checks the Hero-Signature header of a webhook request and returns the event. `rawBody` must be the body exactly as
 * received, before any JSON parsing. Pass both secrets while you switch after a roll. Throws WebhookSignatureError
 * when the header is missing or malformed, the timestamp is outside the tolerance (a replay), or no signature matches
 * (a tampered body or a wrong secret).
 */
export function verifyHeroWebhook(
  rawBody: string | Buffer,
  header: string | undefined,
  secrets: string | string[],
  nowSeconds = Math.floor(Date.now() / 1000),
): HeroEvent {
  if (!header) throw new WebhookSignatureError('missing Hero-Signature header');
  let timestamp = Number.NaN;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const [key, value = ''] = part.split('=', 2);
    if (key === 't' && /^\d+$/.test(value)) timestamp = Number(value);
    if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(Buffer.from(value, 'hex'));
  }
  if (!Number.isSafeInteger(timestamp) || signatures.length === 0) {
    throw new WebhookSignatureError('malformed Hero-Signature header');
  }
  if (Math.abs(nowSeconds - timestamp) > TOLERANCE_SECONDS) {
    throw new WebhookSignatureError('timestamp outside the tolerance (replayed, or a clock far off)');
  }
  const body = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
  const matches = [secrets].flat().some((secret) => {
    const expected = createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest();
    return signatures.some((given) => timingSafeEqual(given, expected));
  });
  if (!matches) throw new WebhookSignatureError('no signature matches');
  return JSON.parse(body.toString('utf8')) as HeroEvent;
}
