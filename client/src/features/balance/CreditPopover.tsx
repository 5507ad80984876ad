import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { formatCredits, toMicro } from '../../lib/credits';
import { netChangeMicro } from '../billing/history';
import { formatDate, hoursAgoIso } from '../../lib/dates';
import { Icon } from '../../app/icons';
import { BuyCredits } from '../billing/BuyCredits';
import { forecastRunOut, forecastSentence } from './forecast';
import type { BalanceView } from './useBalance';

const PopoverDetailsQuery = graphql(`
  query CreditPopoverDetails($since: DateTime!) {
    billing {
      plan {
        code
        name
      }
      allocationGranted
      renewsAt
    }
    transactions(first: 100, filter: { types: [CHARGE], from: $since }) {
      edges {
        node {
          id
          amount
          reservedChange
          createdAt
        }
      }
    }
  }
`);

const FORECAST_WINDOW_DAYS = 14;

interface Props {
  balance: BalanceView;
  onClose: () => void;
  returnFocusTo: React.RefObject<HTMLElement | null>;
}

/** The credit popover: what's left, what renews when, and the two ways to get more. */
export function CreditPopover({ balance, onClose, returnFocusTo }: Props) {
  const navigate = useNavigate();
  const ref = useRef<HTMLDivElement>(null);
  const [buying, setBuying] = useState(false);
  const since = useMemo(() => hoursAgoIso(FORECAST_WINDOW_DAYS * 24), []);
  const { data } = useQuery(PopoverDetailsQuery, { variables: { since }, fetchPolicy: 'cache-and-network' });

  useEffect(() => {
    const node = ref.current;
    node?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        onClose();
        returnFocusTo.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (node && !node.contains(target) && !returnFocusTo.current?.contains(target)) onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [onClose, returnFocusTo]);

  const forecast = useMemo(() => {
    if (!data) return null;
    const charges = data.transactions.edges.map(({ node }) => ({
      amountMicro: netChangeMicro(node),
      at: new Date(node.createdAt),
    }));
    return forecastRunOut({
      charges,
      availableMicro: balance.availableMicro,
      renewsAt: balance.renewsAt,
      now: new Date(),
      windowDays: FORECAST_WINDOW_DAYS,
    });
  }, [data, balance.availableMicro, balance.renewsAt]);

  const granted = data?.billing.allocationGranted ? toMicro(data.billing.allocationGranted) : null;
  const planName = data?.billing.plan?.name;

  const goUpgrade = () => {
    onClose();
    void navigate('/settings/billing#plans');
  };

  return (
    <div
      ref={ref}
      className="popover"
      role="dialog"
      aria-modal="false"
      aria-labelledby="credit-popover-title"
      data-testid="credit-popover"
    >
      <div className="row-between">
        <h2 id="credit-popover-title">{buying ? 'Buy credits' : 'Your credits'}</h2>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onClose} aria-label="Close credits">
          <Icon name="close" />
        </button>
      </div>

      {buying ? (
        <>
          <BuyCredits compact autoFocus />
          <button type="button" className="link-button small" onClick={() => setBuying(false)}>
            ← Back to balance
          </button>
        </>
      ) : (
        <>
          <div>
            <div className="big">{formatCredits(balance.availableMicro)}</div>
            <div className="muted small">credits available{planName ? ` · ${planName} plan` : ''}</div>
          </div>
          <dl className="kv">
            <dt>Plan allocation left</dt>
            <dd>
              {formatCredits(balance.planAllocationMicro)}
              {granted !== null && granted > 0 && <span className="muted"> / {formatCredits(granted, 0)}</span>}
            </dd>
            <dt>Purchased credits</dt>
            <dd>{formatCredits(balance.purchasedMicro)}</dd>
            {balance.reservedMicro > 0 && (
              <>
                <dt>Reserved by running tasks</dt>
                <dd>{formatCredits(balance.reservedMicro)}</dd>
              </>
            )}
            {balance.deficitMicro > 0 && (
              <>
                <dt>Owed (paid from the next grant)</dt>
                <dd>{formatCredits(balance.deficitMicro)}</dd>
              </>
            )}
            <dt>Renews</dt>
            <dd data-testid="popover-renewal">{balance.renewsAt ? formatDate(balance.renewsAt) : 'Not scheduled'}</dd>
          </dl>
          {forecast && (
            <p
              className={`forecast${forecast.kind === 'runsOutBeforeRenewal' ? ' is-warning' : ''}`}
              data-testid="credit-forecast"
            >
              {forecastSentence(forecast)}
            </p>
          )}
          <div className="grid-2" style={{ gap: 8 }}>
            <button
              type="button"
              className="btn btn-primary"
              data-testid="buy-credits"
              data-autofocus
              onClick={() => setBuying(true)}
            >
              <Icon name="cart" /> Buy credits
            </button>
            <button type="button" className="btn" data-testid="upgrade-plan" onClick={goUpgrade}>
              <Icon name="arrowUp" /> Upgrade plan
            </button>
          </div>
          <a
            className="small"
            href="/settings/billing#history"
            onClick={(e) => {
              e.preventDefault();
              onClose();
              void navigate('/settings/billing#history');
            }}
          >
            See what used your credits →
          </a>
        </>
      )}
    </div>
  );
}
