import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../support/accounts';
import { gqlOk, uniqueKey } from '../support/gql';
import { DESKTOP, newPage } from './support/browser';
import { signIn, signUpOwner, startE2e, type E2e } from './support/app';

let e2e: E2e;
let owner: Account;
let checkoutUrl: string;

beforeAll(async () => {
  e2e = await startE2e();
  owner = await signUpOwner(e2e.server, 'Ines Duarte', 'Duarte Surf');
  const { purchaseCredits } = await gqlOk<{ purchaseCredits: { url: string } }>(
    e2e.server.url,
    'mutation($i: PurchaseCreditsInput!) { purchaseCredits(input: $i) { url } }',
    { i: { packs: 1, idempotencyKey: uniqueKey('csp') } },
    owner.token,
  );
  checkoutUrl = purchaseCredits.url;
});
afterAll(() => e2e?.stop());

/** The policy as a map of directive to its sources. */
function directives(csp: string | null): Record<string, string> {
  return Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(' ')]),
  );
}

function expectProtected(res: Response, where: string): void {
  const csp = directives(res.headers.get('content-security-policy'));
  expect(csp['frame-ancestors'], `${where}: frame-ancestors`).toBe("'none'");
  expect(csp['default-src'], `${where}: default-src`).toMatch(/^'(self|none)'$/);
  expect(csp['script-src'] ?? csp['default-src'], `${where}: script-src`).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(csp['style-src'], `${where}: style-src`).toBe("'self'");
  expect(res.headers.get('x-content-type-options'), where).toBe('nosniff');
  expect(res.headers.get('x-frame-options'), where).toBe('DENY');
  // HSTS only in production, where the server is behind HTTPS.
  expect(res.headers.get('strict-transport-security'), where).toBeNull();
}

describe('security headers and a Content-Security-Policy the pages pass', () => {
  it('sends the headers on the SPA, /graphql, /healthz, a missing file and the local checkout page', async () => {
    const { url } = e2e.server;
    expectProtected(await fetch(`${url}/`), 'SPA');
    expectProtected(await fetch(`${url}/settings/billing`), 'SPA route');
    expectProtected(
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      '/graphql',
    );
    // No landing page with inline script: a GET without a query is a plain GraphQL error.
    const landing = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(landing.headers.get('content-type')).not.toMatch(/text\/html/);
    expectProtected(landing, '/graphql GET');
    expectProtected(await fetch(`${url}/healthz`), '/healthz');
    expectProtected(await fetch(`${url}/assets/missing.js`), 'a missing asset');
    const checkout = await fetch(checkoutUrl);
    expect(checkout.headers.get('content-type')).toMatch(/text\/html/);
    const html = await checkout.text();
    expect(html).not.toMatch(/<script|<style|style="/i);
    expectProtected(checkout, 'checkout page');
  });

  it('the sign-in page, the app and the local checkout page load with no CSP violation', async () => {
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    const violations = await recordViolations(page);
    try {
      await page.goto(`${e2e.server.url}/sign-in`);
      await page.getByRole('link', { name: 'Forgot password?' }).waitFor();
      await signIn(page, e2e.server, owner.email, '/settings/billing');
      await page.getByTestId('sidebar-balance-value').first().waitFor();

      await page.goto(checkoutUrl);
      const pay = page.locator('#pay');
      await pay.waitFor();
      // The stylesheet is a served file now, and it applies: the pay button has the brand colour.
      expect(await pay.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(99, 91, 255)');

      await page.goto(`${e2e.server.url}/forgot-password`);
      await page.getByRole('button', { name: 'Email me a reset link' }).waitFor();
      expect(await violations()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reports a violation when a page breaks the policy (the listener works)', async () => {
    const { context, page } = await newPage(e2e.browser, DESKTOP);
    const violations = await recordViolations(page);
    try {
      await page.goto(`${e2e.server.url}/sign-in`);
      await page.getByRole('link', { name: 'Forgot password?' }).waitFor();
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = true';
        document.body.append(s);
      });
      await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
      expect((await violations())[0]).toMatch(/script-src/);
      expect(await page.evaluate(() => (window as unknown as { __inline?: boolean }).__inline)).toBeUndefined();
    } finally {
      await context.close();
    }
  });
});

/** Every `securitypolicyviolation` event and CSP console error of the page, across navigations. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) fromConsole.push(msg.text());
  });
  const fromEvents: string[] = [];
  await page.exposeFunction('__reportCsp', (text: string) => fromEvents.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp;
      void report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${e.documentURI}`);
    });
  });
  return async () => [...fromEvents, ...fromConsole];
}
