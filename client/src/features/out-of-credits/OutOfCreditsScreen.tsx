import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { getFragmentData, graphql } from '../../gql';
import { toMicroOrNull } from '../../lib/credits';
import { formatCredits, formatMoney } from '../../lib/format';
import { formatDate } from '../../lib/dates';
import type { InsufficientCreditsDetails } from '../../lib/events';
import { Icon } from '../../app/icons';
import { BuyCredits, TopUpPackFragment } from '../billing/BuyCredits';
import { PlanTermsFields, upgradeLines } from '../billing/plans';
import { useBalance } from '../balance/useBalance';
import { ContactSupportButton } from '../support/ContactSupportButton';

const OutOfCreditsQuery = graphql(`
  query OutOfCreditsInfo {
    billing {
      renewsAt
      plan {
        ...PlanTerms
      }
      topUpPack {
        ...BuyCredits_pack
      }
    }
    plans {
      ...PlanTerms
    }
  }
`);

interface Props {
  /** From the refused request, when this screen opened because of one. */
  details?: InsufficientCreditsDetails | null;
  /** Called before navigating away (closes the modal). */
  onNavigate?: () => void;
  headingId?: string;
}

/**
 * What the help article "I'm out of credits" promises, on screen: what's paused, what still works,
 * and the three ways out (buy a top-up, wait for renewal, upgrade).
 */
export function OutOfCreditsScreen({ details, onNavigate, headingId = 'ooc-title' }: Props) {
  const { data } = useQuery(OutOfCreditsQuery, { fetchPolicy: 'cache-and-network' });
  const { balance } = useBalance();
  const navigate = useNavigate();
  const [buying, setBuying] = useState(false);

  const renewsAt = balance?.renewsAt ?? data?.billing.renewsAt ?? details?.renewsAt ?? null;
  const required = toMicroOrNull(details?.required);
  const available = toMicroOrNull(details?.available) ?? balance?.availableMicro ?? null;
  // Three different truths: nothing left; some left but not enough for what was refused; some left and
  // nothing refused (opened directly, or from "What still works?").
  const partlyFunded = available !== null && available > 0;
  const refused = partlyFunded && required !== null;
  const upgrades = data
    ? upgradeLines(
        getFragmentData(PlanTermsFields, data.plans),
        getFragmentData(PlanTermsFields, data.billing.plan)?.code ?? null,
      )
    : [];
  const pack = getFragmentData(TopUpPackFragment, data?.billing.topUpPack);

  const go = (to: string) => {
    onNavigate?.();
    void navigate(to);
  };

  return (
    <section className="ooc" data-testid="out-of-credits" aria-labelledby={headingId}>
      <div className="ooc-hero">
        <div className="ooc-icon" aria-hidden="true">
          <Icon name="bolt" width={22} height={22} />
        </div>
        <div className="stack" style={{ gap: 6 }}>
          <h1 id={headingId}>
            {refused
              ? 'Not enough credits for this'
              : partlyFunded
                ? `You have ${formatCredits(available, { round: 'have' })} credits left`
                : "You're out of credits"}
          </h1>
          <p className="muted" data-testid="ooc-summary">
            {refused
              ? `This needs up to ${formatCredits(required, { round: 'need' })} credits and you have ${formatCredits(available, { round: 'have' })} available. It didn't start, so nothing was charged.`
              : partlyFunded
                ? 'AI features that cost up to that still run. Anything that needs more waits until you top up or your monthly allocation refreshes; each feature checks before it starts, so nothing is cut off mid-way.'
                : 'Your credit balance is at zero. AI features are paused until you top up or your monthly allocation refreshes.'}
          </p>
        </div>
      </div>

      <div className="ooc-lists">
        <div className="card card-tight ooc-paused">
          <h3>{refused || !partlyFunded ? "What's paused" : "What's paused when credits run out"}</h3>
          <ul>
            <li>Launching new campaigns. You can still browse and edit drafts.</li>
            <li>New Hero AI messages. Existing chats stay readable.</li>
            <li>
              AI inside campaign creation: ad copy, sitelinks and keyword research. Each checks credits before it
              starts, so nothing is cut off mid-way.
            </li>
            <li>Re-running product analysis.</li>
          </ul>
        </div>
        <div className="card card-tight ooc-works">
          <h3>What still works</h3>
          <ul>
            <li>The dashboard and existing campaign performance.</li>
            <li>Managing accounts and products: add, edit, switch.</li>
            <li>Reading past Hero AI conversations.</li>
            <li>Historical campaigns built earlier.</li>
          </ul>
          <p className="small muted" style={{ marginTop: 10 }}>
            Hero Marketer doesn&apos;t lock you out of anything you&apos;ve already created.
          </p>
        </div>
      </div>

      <div className="stack">
        <h2>How to get unblocked</h2>
        <div className="ways">
          <div className="way way-primary">
            <h3>Buy a top-up</h3>
            <p>
              The fastest way
              {pack
                ? `: ${formatMoney(pack.priceCents, pack.currency, { whole: true })} buys ${formatCredits(toMicroOrNull(pack.credits) ?? 0, { whole: true })} credits`
                : ''}
              . Purchased credits don&apos;t expire and roll over until used.
            </p>
            {buying ? (
              <BuyCredits compact autoFocus />
            ) : (
              <button
                type="button"
                className="btn btn-primary"
                data-testid="ooc-buy-credits"
                onClick={() => setBuying(true)}
              >
                <Icon name="cart" /> Buy credits
              </button>
            )}
          </div>
          <div className="way">
            <h3>Wait for renewal</h3>
            <p data-testid="ooc-renewal">
              {renewsAt
                ? `Your monthly allocation refreshes on ${formatDate(renewsAt)}, at the start of your next billing period.`
                : 'Your plan has no renewal scheduled, so no new allocation is coming. Buy a top-up or pick a plan.'}
            </p>
            <button type="button" className="btn" onClick={() => go('/settings/billing')}>
              <Icon name="clock" /> View billing
            </button>
          </div>
          <div className="way">
            <h3>Upgrade your plan</h3>
            <p>
              If you regularly run out, upgrading is usually cheaper than recurring top-ups.
              {upgrades.length > 0 && (
                <>
                  {' '}
                  {upgrades.map((line) => (
                    <span key={line} className="small" style={{ display: 'block' }}>
                      {line}
                    </span>
                  ))}
                </>
              )}
            </p>
            <button
              type="button"
              className="btn"
              data-testid="ooc-upgrade-plan"
              onClick={() => go('/settings/billing#plans')}
            >
              <Icon name="arrowUp" /> Upgrade plan
            </button>
          </div>
        </div>
      </div>

      <p className="small muted">
        Wondering where your credits went?{' '}
        <Link to="/settings/billing#history" onClick={() => onNavigate?.()}>
          Check the credit transaction history
        </Link>{' '}
        to see each charge with its description. If the math doesn&apos;t add up, contact support: we can audit it and
        adjust if there&apos;s an error.
      </p>
      <div className="row">
        <ContactSupportButton className="btn btn-sm" />
      </div>
    </section>
  );
}
