import type Stripe from 'stripe';
import { badge, escapeHtml, page } from './html';
import { formatMoney } from './money';
import type { Store } from './store';

/**
 * The local hosted checkout page. Links are relative (`../_local/…`) so the page also works when
 * served behind a path prefix (`publicBaseUrl`). Its forms post to the /_local controls with `redirect=1`, so the
 * browser lands on `success_url` / `cancel_url` only after the app has answered the webhooks.
 * Button ids (#pay, #decline, #pay-later) are stable for browser tests.
 */
function itemsTable(lineItems: Stripe.LineItem[], session: Stripe.Checkout.Session): string {
  const rows = lineItems
    .map((item) => {
      const unit = item.price?.unit_amount ?? 0;
      const recurring = item.price?.recurring ? ` / ${item.price.recurring.interval}` : '';
      return `<tr>
        <td>${escapeHtml(item.description)}<div class="muted">${formatMoney(unit, item.currency)}${recurring} each</div></td>
        <td class="num">${item.quantity ?? 1}</td>
        <td class="num">${formatMoney(item.amount_total, item.currency)}${recurring}</td>
      </tr>`;
    })
    .join('');
  const interval = lineItems.find((i) => i.price?.recurring)?.price?.recurring?.interval;
  const due =
    session.mode === 'subscription' && interval ? `Total due today, then every ${interval}` : 'Total due today';
  return `<table>
    <thead><tr><th>Item</th><th class="num">Qty</th><th class="num">Amount</th></tr></thead>
    <tbody>${rows}
      <tr class="total"><td colspan="2">${due}</td>
      <td class="num" id="total">${formatMoney(session.amount_total ?? 0, session.currency ?? 'usd')}</td></tr>
    </tbody>
  </table>`;
}

function actionForm(control: string, sessionId: string, id: string, label: string, cls: string): string {
  return `<form method="post" action="../_local/${control}">
    <input type="hidden" name="sessionId" value="${escapeHtml(sessionId)}">
    <input type="hidden" name="redirect" value="1">
    <button type="submit" id="${id}" class="${cls}">${escapeHtml(label)}</button>
  </form>`;
}

function statusNote(session: Stripe.Checkout.Session): string {
  if (session.status === 'open') return '';
  if (session.status === 'expired') return `<p>${badge('Expired', 'bad')} This checkout session has expired.</p>`;
  const paid = session.payment_status === 'paid';
  const back = session.success_url ? ` <a href="${escapeHtml(successUrl(session))}">Return to the merchant</a>` : '';
  return `<p>${badge(paid ? 'Paid' : 'Payment processing', paid ? 'ok' : 'warn')} This checkout session is complete.${back}</p>`;
}

export function successUrl(session: Stripe.Checkout.Session): string {
  return (session.success_url ?? '').split('{CHECKOUT_SESSION_ID}').join(session.id);
}

export function renderCheckoutPage(store: Store, session: Stripe.Checkout.Session, declined = false): string {
  const lineItems = store.checkoutExtra.get(session.id)?.lineItems ?? [];
  const mode = session.mode === 'subscription' ? 'Subscribe' : 'Pay';
  const actions =
    session.status === 'open'
      ? `<div class="actions">
          ${actionForm('payCheckout', session.id, 'pay', `${mode} ${formatMoney(session.amount_total ?? 0, session.currency ?? 'usd')}`, 'primary')}
          ${actionForm('payCheckoutLater', session.id, 'pay-later', 'Pay later (bank transfer)', '')}
          ${actionForm('declineCheckout', session.id, 'decline', 'Decline', 'danger')}
        </div>
        <p class="muted">"Pay" uses the test card Visa •••• 4242. "Decline" simulates a declined card.</p>
        ${session.cancel_url ? `<p><a id="back" href="${escapeHtml(session.cancel_url)}">← Back to the shop</a></p>` : ''}`
      : '';
  const decline =
    declined && session.status === 'open'
      ? `<p id="declined" role="alert">${badge('Card declined', 'bad')} Your card was declined. Nothing was charged. Pay with another card, or go back to the shop.</p>`
      : '';
  const body = `<div class="card">
    ${badge('Test mode')}
    <h1>${mode === 'Subscribe' ? 'Subscribe' : 'Checkout'}</h1>
    <p class="muted">${escapeHtml(session.customer_email ?? session.customer_details?.email ?? '')}</p>
    ${statusNote(session)}
    ${decline}
    ${itemsTable(lineItems, session)}
    ${actions}
  </div>`;
  return page(`${mode} · Local Stripe`, body);
}
