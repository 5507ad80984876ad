import { MeteredButton } from '../../feature-access/MeteredButton';
import type { WizardState } from './useWizard';

/** Step 3: turning the draft into a live campaign (metered). */
export function LaunchStep({ wizard: w }: { wizard: WizardState }) {
  return (
    <section className="card stack" aria-labelledby="launch-title">
      <h2 id="launch-title">3. Create the campaign</h2>
      <p className="muted">
        Creating turns this draft into a live campaign with a launch plan. It&apos;s metered; a typical campaign setup,
        AI assets included, costs 1.5–2 credits.
      </p>
      <div>
        <MeteredButton
          feature="campaign_creation"
          className="btn btn-primary"
          data-testid="create-campaign"
          busy={w.running === 'launch'}
          disabled={w.busy || !w.valid}
          showCost
          onClick={() => void w.onLaunch()}
        >
          {w.running === 'launch' ? 'Creating…' : 'Create campaign'}
        </MeteredButton>
      </div>
    </section>
  );
}
