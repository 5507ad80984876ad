import { isIP } from 'node:net';
import { EVENT_TYPES, isEventType } from '../events.catalog';

export type InputProblem = { field: string; message: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
export const MAX_URL_LENGTH = 2048;

const isLoopback = (host: string) => LOOPBACK_HOSTS.has(host) || host.startsWith('127.');

/** Private, link-local and loopback IPv4 literals: never a partner's public endpoint in production. */
function isPrivateAddress(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  if (isIP(h) === 6) return h === '::1' || /^f[cd]/i.test(h) || /^fe80/i.test(h) || h === '::';
  if (isIP(h) !== 4) return false;
  const [a, b] = h.split('.').map(Number) as [number, number];
  return (
    a === 10 ||
    a === 127 ||
    a === 0 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254)
  );
}

/**
 * An endpoint URL: https, or http to this machine outside production (local development and tests). In
 * production a literal private or loopback address is refused too (a host name that resolves to one is not caught
 * here). No credentials in the URL: they would be shown in the delivery log.
 */
export function checkEndpointUrl(raw: string, production: boolean): string | InputProblem {
  const problem = (message: string) => ({ field: 'url', message: `url: ${message}` });
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_URL_LENGTH) return problem(`1 to ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return problem('not a valid URL');
  }
  if (url.username || url.password) return problem('must not contain a user name or password');
  if (url.protocol === 'http:') {
    if (production || !isLoopback(url.hostname))
      return problem('must use https (http only to localhost in development)');
  } else if (url.protocol !== 'https:') return problem('must use https');
  if (production && (isLoopback(url.hostname) || isPrivateAddress(url.hostname)))
    return problem('must be a public address');
  url.hash = '';
  return url.toString();
}

/** `['*']` for every type, or a non-empty list of known types (duplicates removed, catalogue order). */
export function checkEventTypes(types: string[]): string[] | InputProblem {
  if (types.length === 0) return { field: 'eventTypes', message: 'eventTypes: at least one, or "*" for all' };
  if (types.includes('*')) {
    return types.length === 1 ? ['*'] : { field: 'eventTypes', message: 'eventTypes: "*" stands alone' };
  }
  const unknown = types.filter((t) => !isEventType(t));
  if (unknown.length) {
    return {
      field: 'eventTypes',
      message: `eventTypes: unknown type ${unknown.map((t) => JSON.stringify(t.slice(0, 64))).join(', ')}; known: ${EVENT_TYPES.join(', ')}`,
    };
  }
  return EVENT_TYPES.filter((t) => types.includes(t));
}
