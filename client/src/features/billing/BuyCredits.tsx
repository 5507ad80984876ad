import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { getFragmentData, graphql } from '../../gql';
import { errorMessage } from '../../lib/errors';
import { toMicro } from '../../lib/credits';
import { formatCredits, formatMoney } from '../../lib/format';
import { newIdempotencyKey } from '../../lib/ids';
import { usePurchaseCredits } from './usePurchaseCredits';

/** A top-up pack's terms: what this form sells, and what the auto top-up and out-of-credits screens quote. */
export const TopUpPackFragment = graphql(`
  fragment BuyCredits_pack on TopUpPack {
    credits
    priceCents
    currency
  }
`);

const BuyCreditsQuery = graphql(`
  query BuyCreditsInfo {
    billing {
      topUpPack {
        ...BuyCredits_pack
      }
    }
    viewer {
      role
    }
  }
`);

export const MAX_PACKS = 50;

/** Only owners and admins buy credits or change plan (SPEC section 6). */
export const canManageBilling = (role: string | null | undefined) => role === 'OWNER' || role === 'ADMIN';

interface Props {
  /** Smaller layout for the popover and the out-of-credits screen. */
  compact?: boolean;
  autoFocus?: boolean;
}

/** Pick a number of top-up packs, see the price, go to Checkout. */
export function BuyCredits({ compact = false, autoFocus = false }: Props) {
  const { data, loading } = useQuery(BuyCreditsQuery, { fetchPolicy: 'cache-first' });
  const [packs, setPacks] = useState(1);
  const purchase = usePurchaseCredits();
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  // One key per intent: a retried click for the same pack count never starts a second purchase.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);

  if (loading && !data) return <span className="skeleton" style={{ height: 92 }} aria-label="Loading prices" />;
  const pack = getFragmentData(TopUpPackFragment, data?.billing.topUpPack);
  if (!pack) return <p className="form-error">Prices are unavailable right now.</p>;

  const packMicro = toMicro(pack.credits);
  const totalCents = pack.priceCents * packs;
  const totalMicro = packMicro * packs;
  const allowed = canManageBilling(data?.viewer.role);

  const setClamped = (n: number) => {
    const next = Math.max(1, Math.min(MAX_PACKS, Number.isFinite(n) ? Math.trunc(n) : 1));
    if (next !== packs) setIdempotencyKey(newIdempotencyKey());
    setPacks(next);
  };

  const onCheckout = async () => {
    setError(null);
    try {
      await purchase.checkout(packs, idempotencyKey);
    } catch (e) {
      setError(errorMessage(e) || (e instanceof Error ? e.message : 'Checkout failed'));
    }
  };

  return (
    <div className="stack" data-testid="buy-credits-form">
      {!compact && (
        <p className="muted">
          {formatMoney(pack.priceCents, pack.currency)} buys {formatCredits(packMicro, { whole: true })} credits.
          Purchased credits don&apos;t expire and roll over until used.
        </p>
      )}
      <div className="row-between">
        <div className="row">
          <label htmlFor={inputId} className="label">
            Packs
          </label>
          <div className="stepper">
            <button
              type="button"
              aria-label="One pack fewer"
              onClick={() => setClamped(packs - 1)}
              disabled={packs <= 1}
            >
              −
            </button>
            <input
              id={inputId}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_PACKS}
              value={packs}
              autoFocus={autoFocus}
              onChange={(e) => setClamped(Number(e.target.value))}
              aria-describedby={`${inputId}-total`}
            />
            <button
              type="button"
              aria-label="One pack more"
              onClick={() => setClamped(packs + 1)}
              disabled={packs >= MAX_PACKS}
            >
              +
            </button>
          </div>
        </div>
        <div id={`${inputId}-total`} className="num" aria-live="polite">
          <strong>{formatCredits(totalMicro, { whole: true })} credits</strong>
          <span className="muted"> · {formatMoney(totalCents, pack.currency)}</span>
        </div>
      </div>
      {allowed ? (
        <button
          type="button"
          className="btn btn-primary btn-block"
          data-testid="checkout"
          onClick={onCheckout}
          disabled={purchase.pending}
        >
          {purchase.pending ? 'Opening checkout…' : `Checkout · ${formatMoney(totalCents, pack.currency)}`}
        </button>
      ) : (
        <p className="notice small">Only a workspace owner or admin can buy credits. Ask one of them to top up.</p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
