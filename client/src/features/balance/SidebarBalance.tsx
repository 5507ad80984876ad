import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import { exactCredits, formatCredits } from '../../lib/format';
import { formatShortDate } from '../../lib/dates';
import { useNotificationSummary } from '../alerts/NotificationsProvider';
import { useLiveStatus } from './LiveBalance';
import { useBalance } from './useBalance';

/** The popover's code (and the Buy credits form in it) loads on first open, outside the first route. */
const CreditPopover = lazy(() => import('./CreditPopover').then((m) => ({ default: m.CreditPopover })));

const HAVE = { round: 'have' } as const;

/** The balance at the bottom of the sidebar (top bar on a phone); opens the credit popover. */
export function SidebarBalance({ side = 'top' }: { side?: 'top' | 'bottom' }) {
  const { balance, error } = useBalance();
  // Low is what the workspace's balance alerts say (the defaults: under 10% of the plan allocation), not a fixed number.
  const { lowBalance } = useNotificationSummary();
  const status = useLiveStatus();
  const [open, setOpen] = useState(false);
  // Mounted from the first open on, so Radix can run its close (focus back to the button) before hiding it.
  const [opened, setOpened] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverId = useId();
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
  const low = !out && lowBalance;
  const stale = status === 'offline';

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={`balance-button${out ? ' is-out' : low ? ' is-low' : ''}`}
        data-testid="sidebar-balance"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        onClick={() => {
          setOpened(true);
          setOpen((o) => !o);
        }}
        // The visible words, in order (a speech user says what they see); the popup is announced by aria-haspopup.
        aria-label={`Credits ${formatCredits(balance.availableMicro, HAVE)} ${out ? 'out of credits' : 'available'}${
          balance.renewsAt ? ` Renews ${formatShortDate(balance.renewsAt)}` : ''
        }`}
      >
        <span className="balance-label">
          <span className="label-text">Credits</span>
          <span
            className={`live-dot${stale ? ' is-stale' : ''}`}
            title={stale ? 'Reconnecting… the balance refreshes every minute meanwhile' : 'Live'}
            aria-hidden="true"
          />
        </span>{' '}
        <span
          className={`balance-value${flash ? ' balance-flash' : ''}`}
          data-testid="sidebar-balance-value"
          title={exactCredits(balance.availableMicro)}
        >
          {formatCredits(balance.availableMicro, HAVE)} <small>{out ? 'out of credits' : 'available'}</small>
        </span>{' '}
        {balance.renewsAt && (
          <span className="small label-text" style={{ color: 'var(--sidebar-muted)' }}>
            Renews {formatShortDate(balance.renewsAt)}
          </span>
        )}
      </button>
      {opened && (
        <Suspense fallback={null}>
          <CreditPopover
            id={popoverId}
            open={open}
            balance={balance}
            onClose={close}
            anchorRef={buttonRef}
            side={side}
          />
        </Suspense>
      )}
    </>
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
