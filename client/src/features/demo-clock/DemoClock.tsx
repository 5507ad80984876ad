import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../gql';
import { formatDate } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { canManageBilling } from '../billing/BuyCredits';

const DemoClockQuery = graphql(`
  query DemoClock {
    demoClock {
      now
      daysAhead
      nextRenewalAt
    }
    viewer {
      role
    }
  }
`);

const AdvanceDemoClock = graphql(`
  mutation AdvanceDemoClock($input: AdvanceDemoClockInput!) {
    advanceDemoClock(input: $input) {
      now
      daysAhead
      nextRenewalAt
    }
  }
`);

const MAX_DAYS = 60;

/**
 * The demo only (the server answers null elsewhere): moves the workspace's time, and its Stripe test
 * clock, to the next renewal or by some days, so renewals, expiries and the 14-day rule can be seen
 * without waiting. What happened appears in the history like anything else.
 */
export function DemoClock() {
  const { data } = useQuery(DemoClockQuery);
  const [advance, { loading }] = useMutation(AdvanceDemoClock, { refetchQueries: 'active' });
  const [days, setDays] = useState(7);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const daysId = useId();

  const clock = data?.demoClock;
  if (!clock) return null;
  const allowed = canManageBilling(data?.viewer.role);

  const run = async (input: { days?: number; toNextRenewal?: boolean }) => {
    setError(null);
    setDone(null);
    try {
      const r = await advance({ variables: { input } });
      const now = r.data?.advanceDemoClock.now;
      if (now) setDone(`Moved to ${formatDate(now)}. Renewals and expiries on the way are in the history below.`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="card" aria-labelledby="demo-clock-title" data-testid="demo-clock">
      <div className="card-header">
        <div>
          <h2 id="demo-clock-title">Demo clock</h2>
          <p>
            This demo workspace is on <strong data-testid="demo-clock-now">{formatDate(clock.now)}</strong>
            {clock.daysAhead > 0 ? ` (${clock.daysAhead} days ahead of today)` : ''}. Move its time forward to see a
            renewal, an expiry or the 14-day rule; Stripe's test clock moves with it.
          </p>
        </div>
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
        <button
          type="button"
          className="btn"
          // The date makes the label long: on a phone it wraps instead of widening the page.
          style={{ whiteSpace: 'normal', maxWidth: '100%' }}
          data-testid="demo-clock-next-renewal"
          disabled={!allowed || loading || !clock.nextRenewalAt}
          onClick={() => void run({ toNextRenewal: true })}
        >
          {clock.nextRenewalAt
            ? `Advance to the next renewal (${formatDate(clock.nextRenewalAt)})`
            : 'No renewal ahead'}
        </button>
        <form
          style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}
          onSubmit={(e) => {
            e.preventDefault();
            void run({ days });
          }}
        >
          <label htmlFor={daysId}>Days</label>
          <input
            id={daysId}
            type="number"
            className="input"
            style={{ width: 80 }}
            min={1}
            max={MAX_DAYS}
            value={days}
            data-testid="demo-clock-days"
            onChange={(e) => setDays(Math.max(1, Math.min(MAX_DAYS, Math.trunc(Number(e.target.value) || 1))))}
          />
          <button type="submit" className="btn" data-testid="demo-clock-advance" disabled={!allowed || loading}>
            Advance {days} {days === 1 ? 'day' : 'days'}
          </button>
        </form>
      </div>
      {!allowed && <p className="muted">Only owners and admins move the demo clock.</p>}
      <div aria-live="polite">
        {loading && <p className="muted">Moving time…</p>}
        {done && (
          <p className="notice notice-success" data-testid="demo-clock-done">
            {done}
          </p>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}
