import { useQuery } from '@apollo/client/react';
import * as Popover from '@radix-ui/react-popover';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { toMicro } from '../../lib/credits';
import { Credits } from '../../ui/Credits';
import { returnFocusTo } from '../../ui/focusReturn';
import { formatDate } from '../../lib/dates';
import { Icon } from '../../app/icons';
import { BuyCredits } from '../billing/BuyCredits';
import { forecastKind, forecastSentence } from './forecast';
import type { BalanceView } from './useBalance';

const PopoverDetailsQuery = graphql(`
  query CreditPopoverDetails($windowDays: Int!) {
    billing {
      plan {
        code
        name
      }
      allocationGranted
      renewsAt
    }
    forecast(windowDays: $windowDays) {
      charges
      burnPerDay
      available
      runsOutAt
      renewsAt
    }
  }
`);

const FORECAST_WINDOW_DAYS = 14;

interface Props {
  id: string;
  open: boolean;
  balance: BalanceView;
  onClose: () => void;
  /** The balance button it opens from; focus returns there on close. */
  anchorRef: React.RefObject<HTMLButtonElement | null>;
  /** Which side of the balance button it opens on: above it in the sidebar, below it in the top bar. */
  side?: 'top' | 'bottom';
}

/**
 * The credit popover (Radix Popover, anchored to the balance button, loaded on first open so the first route
 * carries none of it): what's left, what renews when, and the two ways to get more. Escape and a click outside
 * close it; focus returns to the button.
 */
export function CreditPopover({ id, open, balance, onClose, anchorRef, side = 'top' }: Props) {
  return (
    <Popover.Root open={open} onOpenChange={(o) => !o && onClose()}>
      <Popover.Anchor virtualRef={anchorRef as React.RefObject<HTMLButtonElement>} />
      <Popover.Portal>
        <Popover.Content
          id={id}
          className="popover"
          side={side}
          align="start"
          sideOffset={8}
          collisionPadding={12}
          aria-labelledby="credit-popover-title"
          data-testid="credit-popover"
          onOpenAutoFocus={(e) => {
            e.preventDefault();
            (e.currentTarget as HTMLElement).querySelector<HTMLElement>('[data-autofocus]')?.focus();
          }}
          onCloseAutoFocus={returnFocusTo(() => anchorRef.current)}
          onInteractOutside={(e) => {
            // The button toggles the popover itself.
            if (anchorRef.current?.contains(e.target as Node)) e.preventDefault();
          }}
        >
          <CreditDetails balance={balance} onClose={onClose} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function CreditDetails({ balance, onClose }: Pick<Props, 'balance' | 'onClose'>) {
  const navigate = useNavigate();
  const [buying, setBuying] = useState(false);
  const { data } = useQuery(PopoverDetailsQuery, {
    variables: { windowDays: FORECAST_WINDOW_DAYS },
    fetchPolicy: 'cache-and-network',
  });
  const forecast = useMemo(() => (data ? forecastKind(data.forecast) : null), [data]);

  const granted = data?.billing.allocationGranted ? toMicro(data.billing.allocationGranted) : null;
  const planName = data?.billing.plan?.name;

  const goUpgrade = () => {
    onClose();
    void navigate('/settings/billing#plans');
  };

  return (
    <>
      <div className="row-between">
        <h2 id="credit-popover-title">{buying ? 'Buy credits' : 'Your credits'}</h2>
        <Popover.Close className="btn btn-ghost btn-sm" aria-label="Close credits">
          <Icon name="close" />
        </Popover.Close>
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
            <div className="big">
              <Credits micro={balance.availableMicro} round="have" testId="popover-available" />
            </div>
            <div className="muted small">credits available{planName ? ` · ${planName} plan` : ''}</div>
          </div>
          <dl className="kv">
            <dt>Plan allocation left</dt>
            <dd>
              <Credits micro={balance.planAllocationMicro} round="have" />
              {granted !== null && granted > 0 && (
                <span className="muted">
                  {' '}
                  / <Credits micro={granted} whole />
                </span>
              )}
            </dd>
            <dt>Purchased credits</dt>
            <dd>
              <Credits micro={balance.purchasedMicro} round="have" />
            </dd>
            {balance.reservedMicro > 0 && (
              <>
                <dt>Reserved by running tasks</dt>
                <dd>
                  <Credits micro={balance.reservedMicro} round="need" />
                </dd>
              </>
            )}
            {balance.deficitMicro > 0 && (
              <>
                <dt>Owed (paid from the next grant)</dt>
                <dd>
                  <Credits micro={balance.deficitMicro} round="need" />
                </dd>
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
    </>
  );
}
