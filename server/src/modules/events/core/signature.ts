import { createHmac } from 'node:crypto';

/** The header every delivery carries: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`. */
export const SIGNATURE_HEADER = 'Hero-Signature';

export const hmacHex = (secret: string, timestampS: number, body: string): string =>
  createHmac('sha256', secret).update(`${timestampS}.${body}`).digest('hex');

/**
 * Signs with every secret that is valid now: during the 24 hours after a roll the header carries one `v1` for the
 * new secret and one for the previous one, so a receiver still on the old secret keeps verifying.
 */
export function signatureHeader(secrets: string[], timestampS: number, body: string): string {
  return [`t=${timestampS}`, ...secrets.map((s) => `v1=${hmacHex(s, timestampS, body)}`)].join(',');
}
