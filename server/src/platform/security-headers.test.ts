import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { addSecurityHeaders } from './http';

async function headersIn(isProduction: boolean) {
  const app = Fastify();
  addSecurityHeaders(app, { isProduction });
  app.get('/', async () => ({ ok: true }));
  const res = await app.inject({ method: 'GET', url: '/' });
  await app.close();
  return res.headers;
}

describe('security headers', () => {
  it.each([
    { isProduction: true, hsts: 'max-age=31536000; includeSubDomains', upgrade: true },
    { isProduction: false, hsts: undefined, upgrade: false },
  ])('production $isProduction: HSTS $hsts', async ({ isProduction, hsts, upgrade }) => {
    const headers = await headersIn(isProduction);
    expect(headers['strict-transport-security']).toBe(hsts);
    const csp = String(headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp.includes('upgrade-insecure-requests')).toBe(upgrade);
  });
});
