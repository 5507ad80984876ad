import { MeteredButton } from '../../feature-access/MeteredButton';
import { FeedbackLine } from '../../feature-access/useRunFeedback';
import type { AiRun, WizardState } from './useWizard';

interface RunButtonProps {
  wizard: WizardState;
  run: AiRun;
  feature: 'ad_copy' | 'sitelinks' | 'keyword_research';
  testId: string;
  done: boolean;
  labels: { first: string; again: string; running: string };
}

/** A metered AI run: saves the draft first, shows its cost, and is disabled with its reason when it can't run. */
function RunButton({ wizard: w, run, feature, testId, done, labels }: RunButtonProps) {
  return (
    <MeteredButton
      feature={feature}
      className="btn btn-primary"
      data-testid={done ? `ai-regenerate-${testId}` : `ai-${testId}`}
      busy={w.running === run}
      disabled={w.busy}
      showCost
      onClick={w.runs[run]}
    >
      {w.running === run ? labels.running : done ? labels.again : labels.first}
    </MeteredButton>
  );
}

/** Step 2: ad copy, sitelinks and keywords written by AI (metered), each editable afterwards. */
export function AiAssetsStep({ wizard: w }: { wizard: WizardState }) {
  const { campaign, form, set } = w;
  const hasAdCopy = Boolean(
    campaign?.adCopy && (campaign.adCopy.headlines.length || campaign.adCopy.descriptions.length),
  );
  const hasSitelinks = (campaign?.sitelinks.length ?? 0) > 0;
  const hasKeywords = (campaign?.keywords.length ?? 0) > 0;

  return (
    <section className="card stack" aria-labelledby="ai-title">
      <div className="card-header" style={{ marginBottom: 0 }}>
        <div>
          <h2 id="ai-title">2. AI assets</h2>
          <p>Each run checks your credits before it starts and is never cut off half-way.</p>
        </div>
      </div>
      <label className="field">
        <span>Guidance for the AI (optional)</span>
        <input
          className="input"
          value={w.instructions}
          onChange={(e) => w.setInstructions(e.target.value)}
          maxLength={4000}
          placeholder="Friendly tone, mention free shipping"
        />
      </label>

      <div className="grid-3" style={{ alignItems: 'start' }}>
        <div className="stack">
          <h3>Ad copy</h3>
          <RunButton
            wizard={w}
            run="Ad copy"
            feature="ad_copy"
            testId="ad-copy"
            done={hasAdCopy}
            labels={{ first: 'Generate ad copy', again: 'Regenerate ad copy', running: 'Writing…' }}
          />
          <label className="field">
            <span>Headlines (one per line, ≤ 30 characters)</span>
            <textarea className="textarea" value={form.headlines} onChange={set('headlines')} disabled={!campaign} />
          </label>
          <label className="field">
            <span>Descriptions (one per line, ≤ 90 characters)</span>
            <textarea
              className="textarea"
              value={form.descriptions}
              onChange={set('descriptions')}
              disabled={!campaign}
            />
          </label>
        </div>
        <div className="stack">
          <h3>Sitelinks</h3>
          <RunButton
            wizard={w}
            run="Sitelinks"
            feature="sitelinks"
            testId="sitelinks"
            done={hasSitelinks}
            labels={{ first: 'Generate sitelinks', again: 'Regenerate sitelinks', running: 'Writing…' }}
          />
          {hasSitelinks ? (
            <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0, gap: 8 }}>
              {campaign?.sitelinks.map((s) => (
                <li key={s.text} className="card card-tight" style={{ padding: 10 }}>
                  <strong>{s.text}</strong>
                  <div className="small muted">{s.url}</div>
                  <div className="small">
                    {s.description1} {s.description2}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">Links to key pages under your ad.</p>
          )}
        </div>
        <div className="stack">
          <h3>Keywords</h3>
          <RunButton
            wizard={w}
            run="Keywords"
            feature="keyword_research"
            testId="keywords"
            done={hasKeywords}
            labels={{ first: 'Research keywords', again: 'Redo keyword research', running: 'Researching…' }}
          />
          <label className="field">
            <span>Keywords (one per line)</span>
            <textarea
              className="textarea"
              style={{ minHeight: 140 }}
              value={form.keywords}
              onChange={set('keywords')}
              disabled={!campaign}
            />
          </label>
        </div>
      </div>
      <FeedbackLine feedback={w.feedback} />
    </section>
  );
}
