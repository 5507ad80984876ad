import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderCheckoutPage, successUrl } from './checkout-page';
import { httpControl, type StripeLocalControls } from './controls';
import { idempotencyMismatch, invalidRequest, StripeApiError, type StripeErrorBody } from './errors';
import { applyExpansions } from './expand';
import { fromJson, Params, parseForm, type RawObject } from './form';
import { escapeHtml, page, PAGE_HEADERS, PAGE_STYLE } from './html';
import { fingerprint, type IdempotencyCache, type SavedResponse } from './idempotency';
import { newId } from './ids';
import { renderIndexPage, renderInvoicePage, renderPortalPage, renderReceiptPage } from './portal-page';
import { frozenTimeFor } from './resources/test-clocks';
import { findRoute } from './routes';
import type { Store } from './store';

/**
 * The HTTP front: `/v1/*` is the Stripe API (form-encoded, Bearer auth, idempotency keys, Stripe
 * error JSON); `/checkout`, `/portal`, `/invoices`, `/receipts` are the local pages; `/_local/*`
 * are the controls.
 */
export interface HttpDeps {
  store: Store;
  controls: StripeLocalControls;
  idempotency: IdempotencyCache;
}

interface Reply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

const MAX_BODY = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(invalidRequest('Request body too large.'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, body: JSON.stringify(value, null, 2), headers: { 'Content-Type': 'application/json', ...headers } };
}

function html(status: number, markup: string): Reply {
  return { status, body: markup, headers: { 'Content-Type': 'text/html; charset=utf-8', ...PAGE_HEADERS } };
}

function errorReply(err: unknown): Reply {
  if (err instanceof StripeApiError) return json(err.statusCode, { error: err.body });
  const body: StripeErrorBody = { type: 'api_error', message: err instanceof Error ? err.message : String(err) };
  // Stripe-Should-Retry: false keeps stripe-node from replaying a request that failed on a bug here.
  return json(500, { error: body }, { 'Stripe-Should-Retry': 'false' });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** Accepts `Bearer sk_test_…` (stripe-node) and `Basic base64(sk_test_…:)` (curl -u); refuses live keys. */
function apiKey(req: IncomingMessage): string | null {
  const auth = header(req, 'authorization') ?? '';
  if (auth.startsWith('Bearer ')) return auth.slice(7).trim();
  if (auth.startsWith('Basic ')) return Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':')[0] ?? null;
  return null;
}

function authError(key: string | null): Reply | null {
  if (key && /^(sk|rk)_test_\S+$/.test(key)) return null;
  const message = !key
    ? "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')."
    : key.includes('_live_')
      ? 'Live mode keys are not accepted by the local Stripe server; use a sk_test_ key.'
      : `Invalid API Key provided: ${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`;
  return json(401, { error: { type: 'invalid_request_error', message } });
}

function parseParams(req: IncomingMessage, url: URL, body: string): RawObject {
  const type = header(req, 'content-type') ?? '';
  if (req.method !== 'POST') return parseForm(url.search.slice(1));
  if (!type.includes('application/json') || !body.trim()) return parseForm(body);
  try {
    return fromJson(JSON.parse(body));
  } catch {
    throw invalidRequest('Invalid JSON body.');
  }
}

function runApi(
  deps: HttpDeps,
  req: IncomingMessage,
  url: URL,
  raw: RawObject,
  requestId: string,
  key: string | null,
): Reply {
  const method = req.method ?? 'GET';
  const match = findRoute(method, url.pathname);
  if (!match) {
    throw new StripeApiError(404, {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${method}: ${url.pathname}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    });
  }
  const params = new Params(raw);
  deps.store.currentRequest = { id: requestId, idempotencyKey: key };
  try {
    // Objects of a customer on a test clock are written at the clock's frozen time, as at Stripe.
    const frozen = frozenTimeFor(deps.store, [match.id], params);
    const result = deps.store.at(frozen, () => match.route.handler(deps.store, params, match.id));
    // Answer with a copy: expansion must not touch the stored objects.
    const body = JSON.parse(JSON.stringify(result)) as unknown;
    applyExpansions(deps.store, body, params.strList('expand'));
    return json(200, body);
  } finally {
    deps.store.currentRequest = null;
  }
}

async function handleApi(deps: HttpDeps, req: IncomingMessage, url: URL, body: string): Promise<Reply> {
  const requestId = newId('req', 14);
  const base = { 'Request-Id': requestId, 'Stripe-Version': header(req, 'stripe-version') ?? deps.store.apiVersion };
  const withBase = (reply: Reply, extra: Record<string, string> = {}): Reply => ({
    ...reply,
    headers: { ...reply.headers, ...base, ...extra },
  });
  const denied = authError(apiKey(req));
  if (denied) return withBase(denied);
  const key = req.method === 'GET' ? undefined : header(req, 'idempotency-key');
  const keyHeader: Record<string, string> = key ? { 'Idempotency-Key': key } : {};
  let raw: RawObject;
  try {
    raw = parseParams(req, url, body);
  } catch (err) {
    return withBase(errorReply(err), keyHeader);
  }
  const print = fingerprint(req.method ?? 'GET', url.pathname, raw);
  const cached = key ? deps.idempotency.lookup(key, print) : { kind: 'miss' as const };
  if (cached.kind === 'mismatch') return withBase(errorReply(idempotencyMismatch(key ?? '')), keyHeader);
  if (cached.kind === 'replay') return replay(cached.response, base, key ?? '');
  let reply: Reply;
  try {
    reply = runApi(deps, req, url, raw, requestId, key ?? null);
  } catch (err) {
    reply = errorReply(err);
  }
  if (key) deps.idempotency.save(key, print, reply);
  // Not every write emits an event (a new checkout session does not), and a failed write may have
  // changed something before it threw.
  if (req.method !== 'GET') deps.store.changed();
  return withBase(reply, keyHeader);
}

function replay(saved: SavedResponse, base: Record<string, string>, key: string): Reply {
  return {
    status: saved.status,
    body: saved.body,
    headers: { 'Content-Type': 'application/json', ...base, 'Idempotency-Key': key, 'Idempotent-Replayed': 'true' },
  };
}

/** POST /_local/<control>. Form posts from the checkout page carry `redirect=1` and get a 303. */
async function handleControl(deps: HttpDeps, req: IncomingMessage, url: URL, body: string): Promise<Reply> {
  const name = url.pathname.slice('/_local/'.length);
  const raw = parseParams(req, url, body);
  const params = new Params(raw);
  const redirect = params.str('redirect');
  try {
    const result = await httpControl(name)(deps.controls, params);
    if (redirect) return redirectAfterCheckout(deps, name, params.reqStr('sessionId'));
    return json(200, result ?? { ok: true });
  } catch (err) {
    if (!redirect) return errorReply(err);
    const message = err instanceof Error ? err.message : String(err);
    return html(
      400,
      page('Checkout error', `<div class="card"><h1>Something went wrong</h1><p>${escapeHtml(message)}</p></div>`),
    );
  }
}

function redirectAfterCheckout(deps: HttpDeps, control: string, sessionId: string): Reply {
  const session = deps.store.get('checkout.session', sessionId, 'sessionId');
  // A declined card keeps the customer on the checkout page with the decline, as Stripe's does.
  const target =
    control === 'declineCheckout'
      ? `${deps.store.publicUrl()}/checkout/${session.id}?declined=1`
      : session.success_url
        ? successUrl(session)
        : `${deps.store.publicUrl()}/checkout/${session.id}`;
  return { status: 303, body: '', headers: { Location: target } };
}

function handlePage(deps: HttpDeps, url: URL): Reply | null {
  const [, kind, id = ''] = url.pathname.split('/');
  const store = deps.store;
  const render: Record<string, () => string> = {
    checkout: () =>
      renderCheckoutPage(store, store.get('checkout.session', id, 'session'), url.searchParams.has('declined')),
    portal: () => renderPortalPage(store, store.get('billing_portal.session', id, 'session')),
    invoices: () => renderInvoicePage(store, store.get('invoice', id)),
    receipts: () => renderReceiptPage(store.get('charge', id)),
  };
  if (url.pathname === '/') return html(200, renderIndexPage(store));
  const renderer = kind && Object.hasOwn(render, kind) ? render[kind] : undefined;
  if (!renderer) return null;
  try {
    return html(200, renderer());
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return html(404, page('Not found', `<div class="card"><h1>Not found</h1><p>${escapeHtml(message)}</p></div>`));
  }
}

async function route(deps: HttpDeps, req: IncomingMessage): Promise<Reply> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const body = await readBody(req);
  if (url.pathname.startsWith('/v1/')) return handleApi(deps, req, url, body);
  if (req.method === 'POST' && url.pathname.startsWith('/_local/')) return handleControl(deps, req, url, body);
  if (req.method === 'GET' && url.pathname === '/_local/events') return json(200, deps.controls.events());
  if (req.method === 'GET' && url.pathname === '/health') return json(200, { ok: true });
  if (req.method === 'GET' && url.pathname === '/_local/pages.css') {
    return { status: 200, body: PAGE_STYLE, headers: { 'Content-Type': 'text/css; charset=utf-8', ...PAGE_HEADERS } };
  }
  const pageReply = req.method === 'GET' ? handlePage(deps, url) : null;
  if (pageReply) return pageReply;
  return errorReply(
    new StripeApiError(404, {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${req.method}: ${url.pathname}).`,
    }),
  );
}

export function createRequestHandler(deps: HttpDeps): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    route(deps, req)
      .catch((err: unknown) => errorReply(err))
      .then((reply) => {
        res.writeHead(reply.status, reply.headers);
        res.end(reply.body);
      })
      .catch(() => res.destroy());
  };
}
