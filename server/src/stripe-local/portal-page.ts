import type Stripe from 'stripe';
import { badge, escapeHtml, formatDay, page } from './html';
import { formatMoney } from './money';
import { idOf, type Store } from './store';
import { describePaymentMethod } from './resources/payment-methods';
import { productName } from './resources/catalog';

/** The read-only pages behind portal sessions, hosted invoices and receipts. */
function tone(status: string | null): 'ok' | 'bad' | 'warn' {
  if (status === 'paid' || status === 'active' || status === 'succeeded') return 'ok';
  if (status === 'void' || status === 'canceled' || status === 'failed' || status === 'past_due') return 'bad';
  return 'warn';
}

function subscriptionRows(store: Store, customerId: string): string {
  const subs = store.all('subscription').filter((s) => s.customer === customerId);
  if (subs.length === 0) return '<p class="muted">No subscriptions.</p>';
  const rows = subs.map((sub) => {
    const item = sub.items.data[0];
    const plan = item
      ? `${productName(store, item.price)} · ${formatMoney(item.price.unit_amount ?? 0, item.price.currency)} / ${item.price.recurring?.interval ?? 'month'}`
      : '';
    const renews =
      item && sub.status !== 'canceled'
        ? `${sub.cancel_at_period_end ? 'Cancels' : 'Renews'} ${formatDay(item.current_period_end)}`
        : `Ended ${formatDay(sub.ended_at ?? sub.created)}`;
    return `<tr><td>${escapeHtml(plan)}</td><td>${badge(sub.status, tone(sub.status))}</td><td>${escapeHtml(renews)}</td></tr>`;
  });
  return `<table><thead><tr><th>Plan</th><th>Status</th><th>Period</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Cents refunded of what paid the invoice (its payments' charges), as the dashboard shows it. */
export function refundedOf(store: Store, invoice: Stripe.Invoice): number {
  let refunded = 0;
  for (const payment of store.all('invoice_payment')) {
    if (idOf(payment.invoice) !== invoice.id || payment.status !== 'paid') continue;
    const intent = store.tryGet('payment_intent', idOf(payment.payment.payment_intent) ?? '');
    const charge = intent ? store.tryGet('charge', idOf(intent.latest_charge) ?? '') : undefined;
    refunded += charge?.amount_refunded ?? 0;
  }
  return refunded;
}

/** "paid", "refunded" or "partially refunded", with its tone. */
function invoiceStatus(store: Store, invoice: Stripe.Invoice): string {
  const refunded = invoice.status === 'paid' ? refundedOf(store, invoice) : 0;
  if (refunded > 0) {
    return badge(refunded >= invoice.amount_paid ? 'refunded' : 'partially refunded', 'bad');
  }
  return badge(invoice.status ?? 'draft', tone(invoice.status));
}

function invoiceRows(store: Store, customerId: string): string {
  const invoices = store.all('invoice').filter((i) => i.customer === customerId);
  if (invoices.length === 0) return '<p class="muted">No invoices yet.</p>';
  const rows = invoices.map((inv) => {
    const refunded = inv.status === 'paid' ? refundedOf(store, inv) : 0;
    return `<tr data-invoice="${escapeHtml(inv.id)}">
      <td><a href="../invoices/${escapeHtml(inv.id)}">${escapeHtml(inv.number ?? inv.id)}</a></td>
      <td>${formatDay(inv.created)}</td>
      <td>${invoiceStatus(store, inv)}</td>
      <td class="num">${formatMoney(inv.total, inv.currency)}</td>
      <td class="num">${refunded > 0 ? `−${formatMoney(refunded, inv.currency)}` : ''}</td>
    </tr>`;
  });
  return `<table><thead><tr><th>Invoice</th><th>Date</th><th>Status</th><th class="num">Total</th><th class="num">Refunded</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function renderPortalPage(store: Store, session: Stripe.BillingPortal.Session): string {
  const customer = store.get('customer', session.customer, 'customer');
  // Like Stripe's portal, it shows a saved card even when none is the default (Checkout sets none).
  const defaultId = idOf(customer.invoice_settings.default_payment_method);
  const saved = store.all('payment_method').filter((m) => m.customer === customer.id);
  const pm = saved.find((m) => m.id === defaultId) ?? saved[0];
  const back = session.return_url
    ? `<p><a class="button" href="${escapeHtml(session.return_url)}">← Return</a></p>`
    : '';
  const body = `<div class="card">${badge('Test mode')}
      <h1>Billing</h1><p class="muted">${escapeHtml(customer.email ?? customer.id)}</p>${back}</div>
    <div class="card"><h2>Subscription</h2>${subscriptionRows(store, customer.id)}</div>
    <div class="card"><h2>Payment method</h2>
      <p id="payment-method">${pm ? `${escapeHtml(describePaymentMethod(pm))}${pm.id === defaultId ? ` ${badge('Default', 'ok')}` : ''}` : '<span class="muted">None saved.</span>'}</p></div>
    <div class="card"><h2>Invoice history</h2>${invoiceRows(store, customer.id)}</div>`;
  return page('Billing · Local Stripe', body);
}

export function renderInvoicePage(store: Store, invoice: Stripe.Invoice): string {
  const refunded = invoice.status === 'paid' ? refundedOf(store, invoice) : 0;
  const lines = invoice.lines.data
    .map(
      (
        line,
      ) => `<tr><td>${escapeHtml(line.description)}<div class="muted">${formatDay(line.period.start)} – ${formatDay(line.period.end)}</div></td>
        <td class="num">${line.quantity ?? 1}</td><td class="num">${formatMoney(line.amount, line.currency)}</td></tr>`,
    )
    .join('');
  const body = `<div class="card">
    ${invoiceStatus(store, invoice)}
    <h1>Invoice ${escapeHtml(invoice.number ?? invoice.id)}</h1>
    <p class="muted">${escapeHtml(invoice.customer_email ?? '')} · ${formatDay(invoice.created)} · ${escapeHtml(invoice.billing_reason ?? '')}</p>
    <table><thead><tr><th>Description</th><th class="num">Qty</th><th class="num">Amount</th></tr></thead>
    <tbody>${lines}
      <tr class="total"><td colspan="2">Total</td><td class="num">${formatMoney(invoice.total, invoice.currency)}</td></tr>
      <tr><td colspan="2">Amount due</td><td class="num">${formatMoney(invoice.amount_due, invoice.currency)}</td></tr>
      <tr><td colspan="2">Amount paid</td><td class="num">${formatMoney(invoice.amount_paid, invoice.currency)}</td></tr>
      ${refunded > 0 ? `<tr><td colspan="2">Refunded</td><td class="num">${formatMoney(refunded, invoice.currency)}</td></tr>` : ''}
    </tbody></table></div>`;
  return page(`Invoice ${invoice.number ?? invoice.id} · Local Stripe`, body);
}

export function renderReceiptPage(charge: Stripe.Charge): string {
  const refunded =
    charge.amount_refunded > 0 ? `<p>Refunded: ${formatMoney(charge.amount_refunded, charge.currency)}</p>` : '';
  const body = `<div class="card">${badge(charge.status, tone(charge.status))}
    <h1>Receipt</h1><p class="muted">${formatDay(charge.created)} · ${escapeHtml(charge.description ?? charge.id)}</p>
    <p><strong>${formatMoney(charge.amount, charge.currency)}</strong></p>${refunded}</div>`;
  return page('Receipt · Local Stripe', body);
}

export function renderIndexPage(store: Store): string {
  const events = [...store.events].reverse().slice(0, 50);
  const rows = events
    .map(
      (e) =>
        `<tr><td>${formatDay(e.created)}</td><td>${escapeHtml(e.type)}</td><td class="muted">${escapeHtml(e.id)}</td></tr>`,
    )
    .join('');
  const body = `<div class="card">${badge('Test mode')}<h1>Local Stripe</h1>
    <p class="muted">A Stripe-compatible server for tests and offline development. Recent events:</p>
    <table><thead><tr><th>Date</th><th>Type</th><th>Id</th></tr></thead><tbody>${rows}</tbody></table></div>`;
  return page('Local Stripe', body);
}
