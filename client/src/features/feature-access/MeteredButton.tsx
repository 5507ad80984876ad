import { useId, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { formatCredits } from '../../lib/format';
import { BlockedNotice } from './BlockedNotice';
import type { MeteredFeature } from './disabledReason';
import { useFeatureAccess } from './useFeatureAccess';

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  feature: MeteredFeature;
  children: ReactNode;
  /** Hide the reason text (when a shared notice for several buttons is shown nearby). */
  hideReason?: boolean;
  /** Show "up to X credits" under the button. */
  showCost?: boolean;
  busy?: boolean;
}

/** A button that starts a metered AI feature: disabled, with its reason, when the feature cannot run. */
export function MeteredButton({
  feature,
  children,
  hideReason = false,
  showCost = false,
  busy = false,
  className,
  disabled,
  ...rest
}: Props) {
  const { reason, estimate } = useFeatureAccess(feature);
  const noteId = useId();
  return (
    <span className="stack" style={{ gap: 6, display: 'inline-flex' }}>
      <button
        type="button"
        className={className ?? 'btn'}
        disabled={Boolean(reason) || disabled || busy}
        aria-describedby={reason && !hideReason ? noteId : undefined}
        aria-busy={busy || undefined}
        title={reason?.message ?? (estimate ? costText(estimate) : undefined)}
        {...rest}
      >
        {children}
      </button>
      {showCost && estimate && !reason && (
        <span className="small muted">
          {formatCredits(estimate.minMicro, NEED)}–{formatCredits(estimate.maxMicro, NEED)} credits
        </span>
      )}
      {reason && !hideReason && <BlockedNotice reason={reason} id={noteId} compact />}
    </span>
  );
}

const costText = (e: { minMicro: number; maxMicro: number }) =>
  `Costs ${formatCredits(e.minMicro, NEED)}–${formatCredits(e.maxMicro, NEED)} credits; reserves ${formatCredits(e.maxMicro, NEED)} while it runs`;

const NEED = { round: 'need' } as const;
