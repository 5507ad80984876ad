import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { getFragmentData, graphql } from '../../gql';
import type { PlanPickerQuery as PlanPickerQueryData, PlanTermsFragment as PlanTerms } from '../../gql/graphql';
import { toMicro, toMicroOrNull } from '../../lib/credits';
import { formatCredits, formatMoney } from '../../lib/format';
import { formatDate } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { newIdempotencyKey } from '../../lib/ids';
import { useHashTarget } from '../../lib/useHashTarget';
import { ErrorState } from '../../ui/States';
import { canManageBilling } from './BuyCredits';
import { centsPerCredit, planDirection, PlanTermsFields, type PlanLike } from './plans';
import { formatDays, prorationPreview } from './proration';
import { useChangePlan, type PlanChangeOutcome } from './useChangePlan';

const PlanPickerQuery = graphql(`
  query PlanPicker {
    plans {
      ...PlanTerms
    }
    billing {
      status
      plan {
        ...PlanTerms
      }
      scheduledPlan {
        code
      }
      currentPeriodStart
      currentPeriodEnd
      renewsAt
    }
    viewer {
      role
    }
  }
`);

/** Campaigns a period's credits cover, at the 1.5–2 credits a typical campaign setup costs. */
const WHOLE = { whole: true } as const;

function campaignRange(plan: PlanLike): string {
  const micro = toMicro(plan.creditsPerPeriod);
  return `${Math.floor(micro / 2_000_000)}–${Math.floor((micro * 2) / 3_000_000)}`;
}

/** The inline plan picker (/settings/billing#plans): compare, pick, see what an upgrade grants, confirm. */
export function PlanPicker() {
  const { data, loading, error, refetch } = useQuery(PlanPickerQuery);
  const ref = useHashTarget<HTMLElement>('plans', Boolean(data));
  const [selected, setSelected] = useState<string | null>(null);

  return (
    <section
      ref={ref}
      id="plans"
      className="card"
      aria-labelledby="plans-title"
      data-testid="plan-picker"
      style={{ scrollMarginTop: 72 }}
    >
      <div className="card-header">
        <h2 id="plans-title">Plans</h2>
        <p>Upgrades take effect at once with prorated credits. Downgrades wait for your next renewal.</p>
      </div>
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && !data && (
        <div className="plans">
          {[0, 1, 2].map((i) => (
            <span key={i} className="skeleton" style={{ height: 260, borderRadius: 14 }} />
          ))}
        </div>
      )}
      {data && (
        <Plans
          plans={getFragmentData(PlanTermsFields, data.plans)}
          billing={data.billing}
          canChange={canManageBilling(data.viewer.role)}
          selected={selected}
          onSelect={setSelected}
        />
      )}
    </section>
  );
}

type Data = PlanPickerQueryData;

function Plans({
  plans,
  billing,
  canChange,
  selected,
  onSelect,
}: {
  plans: readonly PlanTerms[];
  billing: Data['billing'];
  canChange: boolean;
  selected: string | null;
  onSelect: (code: string | null) => void;
}) {
  const current = getFragmentData(PlanTermsFields, billing.plan);
  const target = plans.find((p) => p.code === selected) ?? null;
  return (
    <div className="stack-lg">
      <div className="plans" role="list">
        {plans.map((plan) => {
          const direction = planDirection(plan, current);
          const isSelected = plan.code === selected;
          return (
            <article
              key={plan.code}
              role="listitem"
              className={`plan${direction === 'current' ? ' is-current' : ''}${isSelected ? ' is-selected' : ''}`}
              aria-label={`${plan.name} plan`}
              data-testid={`plan-${plan.code}`}
            >
              <div className="row-between">
                <h3>{plan.name}</h3>
                {direction === 'current' && <span className="badge badge-primary">Current plan</span>}
                {billing.scheduledPlan?.code === plan.code && <span className="badge">From next renewal</span>}
              </div>
              <div className="price">
                {formatMoney(plan.priceCents, plan.currency, { whole: true })}
                <small> / month</small>
              </div>
              <ul>
                <li>
                  <strong>{formatCredits(toMicro(plan.creditsPerPeriod), WHOLE)} credits</strong> every billing period
                </li>
                <li>{formatMoney(centsPerCredit(plan), plan.currency)} per credit</li>
                <li>Roughly {campaignRange(plan)} campaigns a month</li>
                <li>Unused plan credits expire at renewal</li>
              </ul>
              {direction === 'current' ? (
                <button type="button" className="btn" disabled>
                  Your plan
                </button>
              ) : (
                <button
                  type="button"
                  className={`btn${direction === 'upgrade' ? ' btn-primary' : ''}`}
                  onClick={() => onSelect(isSelected ? null : plan.code)}
                  aria-pressed={isSelected}
                  disabled={!canChange}
                  data-testid={`choose-plan-${plan.code}`}
                >
                  {!current
                    ? `Choose ${plan.name}`
                    : direction === 'upgrade'
                      ? `Upgrade to ${plan.name}`
                      : `Switch to ${plan.name}`}
                </button>
              )}
            </article>
          );
        })}
      </div>
      {!canChange && <p className="muted small">Only a workspace owner or admin can change the plan.</p>}
      {target && canChange && (
        <ConfirmChange key={target.code} target={target} billing={billing} onCancel={() => onSelect(null)} />
      )}
    </div>
  );
}

const PlanChangePreviewQuery = graphql(`
  query PlanChangePreview($plan: String!) {
    planChangePreview(plan: $plan) {
      kind
      prorationCredits
      effectiveAt
      prorationDate
      secondsLeft
      periodSeconds
      chargeTodayCents
    }
  }
`);

function ConfirmChange({
  target,
  billing,
  onCancel,
}: {
  target: PlanTerms;
  billing: Data['billing'];
  onCancel: () => void;
}) {
  const current = getFragmentData(PlanTermsFields, billing.plan);
  const direction = planDirection(target, current);
  const changePlan = useChangePlan();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<PlanChangeOutcome | null>(null);
  // The server's figure is what will be granted; the local one shows at once and explains the arithmetic.
  const server = useQuery(PlanChangePreviewQuery, {
    variables: { plan: target.code },
    skip: !current || direction !== 'upgrade',
    fetchPolicy: 'network-only',
  });

  const local =
    current && direction === 'upgrade' && billing.currentPeriodStart && billing.currentPeriodEnd
      ? prorationPreview(
          toMicro(current.creditsPerPeriod),
          toMicro(target.creditsPerPeriod),
          new Date(billing.currentPeriodStart),
          new Date(billing.currentPeriodEnd),
          new Date(),
        )
      : null;
  const preview = server.data?.planChangePreview;
  const serverMicro = toMicroOrNull(preview?.prorationCredits);
  const grantMicro = serverMicro ?? local?.grantMicro ?? null;
  // The server's share (what the invoice and the grant will use) once it answered; the local estimate before.
  const secondsLeft = preview?.secondsLeft ?? (local ? Math.floor(local.timeLeftMs / 1000) : null);
  const periodSeconds = preview?.periodSeconds ?? (local ? Math.round(local.periodMs / 1000) : null);
  const chargeToday = preview?.chargeTodayCents ?? null;

  const onConfirm = async () => {
    setError(null);
    try {
      const result = await changePlan.run(target.code, Boolean(current), idempotencyKey, preview?.prorationDate);
      if (result.kind === 'checkout') window.location.assign(result.url);
      else setOutcome(result);
    } catch (e) {
      setError(errorMessage(e) || (e instanceof Error ? e.message : 'The plan change failed'));
    }
  };

  const newCredits = formatCredits(toMicro(target.creditsPerPeriod), WHOLE);
  const price = formatMoney(target.priceCents, target.currency);

  return (
    <div className="notice" role="region" aria-label="Confirm plan change" data-testid="plan-change-confirm">
      <div className="notice-body">
        <strong>
          {current ? `${current.name} → ${target.name}` : `Start the ${target.name} plan`}
          {direction === 'upgrade' && current ? ' (upgrade, takes effect now)' : ''}
          {direction === 'downgrade' ? ' (downgrade, at renewal)' : ''}
        </strong>
        {current && direction === 'upgrade' && local && grantMicro !== null && (
          <p data-testid="proration-preview">
            You get <strong>{formatCredits(grantMicro)} credits now</strong>: ({newCredits} −{' '}
            {formatCredits(toMicro(current.creditsPerPeriod), WHOLE)}) × {formatDays(secondsLeft ?? 0)} of{' '}
            {formatDays(periodSeconds ?? 0)} days left in this period. They expire with the period on{' '}
            {formatDate(billing.currentPeriodEnd)}.{' '}
            {chargeToday !== null ? (
              <strong data-testid="charge-today">You pay {formatMoney(chargeToday, target.currency)} today</strong>
            ) : (
              'You pay the prorated price difference today'
            )}{' '}
            (the price difference for the rest of this period); from then on {price}/month for {newCredits} credits each
            period.
            <span className="small muted" style={{ display: 'block', marginTop: 4 }}>
              The grant covers the rest of this period only. Credits you&apos;ve already used this period are not added
              back, so if most of {current.name}&apos;s credits are gone, it may not go far.
            </span>
          </p>
        )}
        {direction === 'downgrade' && (
          <p>
            Your plan changes to {target.name} at your next renewal
            {billing.renewsAt ? ` on ${formatDate(billing.renewsAt)}` : ''}. Until then you keep {current?.name} and its
            credits; nothing is clawed back or refunded.
          </p>
        )}
        {!current && (
          <p>
            {price}/month for {newCredits} credits each period, starting today. You&apos;ll finish at secure checkout.
          </p>
        )}
        {outcome?.kind === 'changed' && (
          <p className="notice notice-success" role="status" data-testid="plan-change-done">
            {outcome.change.kind === 'UPGRADE'
              ? `You're on ${target.name} now. ${formatCredits(toMicro(outcome.change.prorationCredits))} prorated credits arrive as soon as the payment clears.`
              : `Scheduled: ${target.name} starts on ${formatDate(outcome.change.effectiveAt)}.`}
          </p>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="notice-actions">
          {!outcome && (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void onConfirm()}
              disabled={changePlan.pending}
              data-testid="confirm-plan-change"
            >
              {changePlan.pending
                ? 'Working…'
                : direction === 'downgrade'
                  ? `Switch to ${target.name} at renewal`
                  : current
                    ? `Confirm upgrade to ${target.name}`
                    : `Continue to checkout`}
            </button>
          )}
          <button type="button" className="btn" onClick={onCancel}>
            {outcome ? 'Close' : 'Cancel'}
          </button>
        </div>
      </div>
    </div>
  );
}
