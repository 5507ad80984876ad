import { useCallback, useEffect, useRef, useState } from 'react';
import { formatCredits } from '../../lib/credits';
import { formatShortDate } from '../../lib/dates';
import { CreditPopover } from './CreditPopover';
import { useLiveStatus } from './LiveBalance';
import { useBalance } from './useBalance';

const LOW_MICRO = 2_000_000;

/** The balance at the bottom of the sidebar; opens the credit popover. */
export function SidebarBalance() {
  const { balance, error } = useBalance();
  const status = useLiveStatus();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  const flash = useFlashOnChange(balance?.availableMicro);

  if (!balance) {
    return error ? (
      <div className="balance-button" role="status">
        <span className="balance-label">Credits</span>
        <span className="small">Balance unavailable</span>
      </div>
    ) : (
      <div className="balance-button" aria-busy="true" aria-label="Loading credit balance">
        <span className="skeleton" style={{ width: 60, height: 10 }} />
        <span className="skeleton" style={{ width: 100, height: 22, marginTop: 4 }} />
      </div>
    );
  }

  const out = balance.outOfCredits || balance.availableMicro <= 0;
  const low = !out && balance.availableMicro < LOW_MICRO;
  const stale = status === 'offline';

  return (
    <div style={{ position: 'relative' }}>
      <button
        ref={buttonRef}
        type="button"
        className={`balance-button${out ? ' is-out' : low ? ' is-low' : ''}`}
        data-testid="sidebar-balance"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-label={`Credits: ${formatCredits(balance.availableMicro)} available${out ? ', out of credits' : ''}. Open credit details`}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="balance-label">
          <span className="label-text">Credits</span>
          <span
            className={`live-dot${stale ? ' is-stale' : ''}`}
            title={stale ? 'Reconnecting… the balance refreshes every minute meanwhile' : 'Live'}
            aria-hidden="true"
          />
        </span>
        <span className={`balance-value${flash ? ' balance-flash' : ''}`} data-testid="sidebar-balance-value">
          {formatCredits(balance.availableMicro)}
          <small>{out ? 'out of credits' : 'available'}</small>
        </span>
        {balance.renewsAt && (
          <span className="small label-text" style={{ color: 'var(--sidebar-muted)' }}>
            Renews {formatShortDate(balance.renewsAt)}
          </span>
        )}
      </button>
      {open && <CreditPopover balance={balance} onClose={close} returnFocusTo={buttonRef} />}
    </div>
  );
}

function useFlashOnChange(value: number | undefined): boolean {
  const previous = useRef(value);
  const [flash, setFlash] = useState(false);
  useEffect(() => {
    if (previous.current !== undefined && value !== undefined && previous.current !== value) {
      setFlash(true);
      const t = setTimeout(() => setFlash(false), 900);
      previous.current = value;
      return () => clearTimeout(t);
    }
    previous.current = value;
    return undefined;
  }, [value]);
  return flash;
}
