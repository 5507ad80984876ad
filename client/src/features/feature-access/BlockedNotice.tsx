import { useState } from 'react';
import { Link } from 'react-router';
import { formatShortDate } from '../../lib/dates';
import { Modal } from '../../ui/Modal';
import { BuyCredits } from '../billing/BuyCredits';
import { useBalance } from '../balance/useBalance';
import { useOutOfCredits } from '../out-of-credits/OutOfCreditsProvider';
import type { DisabledReason } from './disabledReason';

interface Props {
  reason: DisabledReason;
  id?: string;
  compact?: boolean;
}

/** The reason a control is disabled, with the ways out right next to it. */
export function BlockedNotice({ reason, id, compact = false }: Props) {
  const { balance } = useBalance();
  const ooc = useOutOfCredits();
  const [buying, setBuying] = useState(false);

  return (
    <div className="blocked" id={id} role="note" data-testid="blocked-reason">
      <span>{reason.message}</span>
      {reason.creditsWayOut && (
        <div className="row">
          <button type="button" className="link-button" onClick={() => setBuying(true)}>
            Buy credits
          </button>
          <Link to="/settings/billing#plans">Upgrade plan</Link>
          {balance?.renewsAt && !compact && <span>or wait for renewal on {formatShortDate(balance.renewsAt)}</span>}
          {!compact && (
            <button type="button" className="link-button" onClick={() => ooc.open()}>
              What still works?
            </button>
          )}
        </div>
      )}
      {buying && (
        <Modal labelledBy="buy-modal-title" onClose={() => setBuying(false)} testId="buy-credits-modal">
          <div className="stack">
            <h2 id="buy-modal-title">Buy credits</h2>
            <BuyCredits autoFocus />
          </div>
        </Modal>
      )}
    </div>
  );
}
