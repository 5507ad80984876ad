import { formatMoney } from '../../../lib/format';
import { GOAL_LABELS, PLATFORM_LABELS } from '../labels';
import type { WizardState } from './useWizard';

/** Step 1: name, goal, product, ad account, budget, locations and brief. Saving a draft never costs credits. */
export function BasicsStep({ wizard: w }: { wizard: WizardState }) {
  const { form, set, campaign, currency, budgetCents } = w;
  return (
    <form className="card stack" onSubmit={(e) => void w.onSave(e)} aria-labelledby="basics-title">
      <h2 id="basics-title">1. Basics</h2>
      <div className="grid-2">
        <label className="field">
          <span>Campaign name</span>
          <input
            className="input"
            value={form.name}
            onChange={set('name')}
            maxLength={120}
            required
            placeholder="Winter sale"
          />
        </label>
        <label className="field">
          <span>Goal</span>
          <select className="select" value={form.goal} onChange={set('goal')}>
            {Object.entries(GOAL_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Product</span>
          <select className="select" value={form.productId} onChange={set('productId')}>
            <option value="">No product</option>
            {w.options?.products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Ad account</span>
          <select className="select" value={form.adAccountId} onChange={set('adAccountId')}>
            <option value="">No ad account</option>
            {w.options?.adAccounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({PLATFORM_LABELS[a.platform] ?? a.platform})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Daily budget ({currency})</span>
          <input
            className="input"
            inputMode="decimal"
            value={form.budget}
            onChange={set('budget')}
            aria-invalid={budgetCents === null || undefined}
          />
          {budgetCents !== null && (
            <small className="muted small">{formatMoney(budgetCents * 30, currency)} over 30 days</small>
          )}
        </label>
        <label className="field">
          <span>Locations</span>
          <input
            className="input"
            value={form.locations}
            onChange={set('locations')}
            placeholder="United States, Canada"
          />
        </label>
      </div>
      <label className="field">
        <span>Brief</span>
        <textarea
          className="textarea"
          value={form.brief}
          onChange={set('brief')}
          maxLength={4000}
          placeholder="Who it's for, what makes it different, the offer…"
        />
      </label>
      {w.saveError && (
        <p className="form-error" role="alert">
          {w.saveError}
        </p>
      )}
      <div className="row">
        <button
          type="submit"
          className="btn"
          disabled={w.busy || (!w.dirty && Boolean(campaign))}
          data-testid="save-draft"
        >
          {w.saving ? 'Saving…' : campaign && !w.dirty ? 'Saved' : 'Save draft'}
        </button>
        <span className="muted small">Drafts never cost credits and stay editable at any balance.</span>
      </div>
    </form>
  );
}
