import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { getFragmentData, graphql } from '../../gql';
import { toCreditsString, toMicro, toMicroOrNull } from '../../lib/credits';
import { formatCredits, formatMoney } from '../../lib/format';
import { errorMessage } from '../../lib/errors';
import { canManageBilling, MAX_PACKS, TopUpPackFragment } from './BuyCredits';

/** The saved settings this form edits: what the query reads and the mutation answers with. */
const AutoTopUpSettingsFragment = graphql(`
  fragment AutoTopUp_settings on AutoTopUpSettings {
    enabled
    threshold
    packs
    monthlyCapPacks
  }
`);

const AutoTopUpQuery = graphql(`
  query AutoTopUpSettings {
    billing {
      autoTopUp {
        ...AutoTopUp_settings
      }
      topUpPack {
        ...BuyCredits_pack
      }
    }
    viewer {
      role
    }
  }
`);

const UpdateAutoTopUpMutation = graphql(`
  mutation UpdateAutoTopUp($input: AutoTopUpInput!) {
    updateAutoTopUp(input: $input) {
      ...AutoTopUp_settings
    }
  }
`);

interface Form {
  enabled: boolean;
  threshold: string;
  packs: number;
  monthlyCapPacks: number;
}

const DEFAULTS: Form = { enabled: false, threshold: '2', packs: 1, monthlyCapPacks: 3 };

/** Opt-in automatic top-ups: buy N packs when the balance falls below a threshold, within a monthly cap. */
export function AutoTopUp() {
  const { data, loading } = useQuery(AutoTopUpQuery);
  const [save, { loading: saving }] = useMutation(UpdateAutoTopUpMutation, { refetchQueries: ['AutoTopUpSettings'] });
  const [form, setForm] = useState<Form>(DEFAULTS);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const saved = getFragmentData(AutoTopUpSettingsFragment, data?.billing.autoTopUp);
  useEffect(() => {
    if (saved)
      setForm({
        enabled: saved.enabled,
        threshold: saved.threshold,
        packs: saved.packs,
        monthlyCapPacks: saved.monthlyCapPacks,
      });
  }, [saved]);

  if (loading && !data) return <div className="card skeleton" style={{ height: 160 }} />;
  if (!data) return null;
  const pack = getFragmentData(TopUpPackFragment, data.billing.topUpPack);
  const allowed = canManageBilling(data.viewer.role);
  const thresholdMicro = toMicroOrNull(form.threshold);
  const valid =
    thresholdMicro !== null &&
    thresholdMicro >= 0 &&
    form.packs >= 1 &&
    form.monthlyCapPacks >= form.packs &&
    form.packs <= MAX_PACKS;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!valid || thresholdMicro === null) return;
    setMessage(null);
    try {
      await save({
        variables: {
          input: {
            enabled: form.enabled,
            threshold: toCreditsString(thresholdMicro),
            packs: form.packs,
            monthlyCapPacks: form.monthlyCapPacks,
          },
        },
      });
      setMessage({ ok: true, text: form.enabled ? 'Auto top-up is on.' : 'Auto top-up is off.' });
    } catch (err) {
      setMessage({ ok: false, text: errorMessage(err) });
    }
  };

  const int = (v: string) => Math.max(0, Math.trunc(Number(v) || 0));

  return (
    <section className="card" aria-labelledby="autotopup-title" id="auto-top-up">
      <form className="stack" onSubmit={onSubmit}>
        <div className="card-header" style={{ marginBottom: 0 }}>
          <div>
            <h2 id="autotopup-title">Auto top-up</h2>
            <p>Never get stopped mid-month: buy credits with your saved card when the balance runs low.</p>
          </div>
          <label className="row">
            <input
              type="checkbox"
              checked={form.enabled}
              onChange={(e) => setForm((f) => ({ ...f, enabled: e.target.checked }))}
              disabled={!allowed}
              data-testid="auto-top-up-enabled"
            />
            <strong>{form.enabled ? 'On' : 'Off'}</strong>
          </label>
        </div>
        <div className="grid-3">
          <label className="field">
            <span>When available falls below</span>
            <input
              className="input"
              inputMode="decimal"
              value={form.threshold}
              onChange={(e) => setForm((f) => ({ ...f, threshold: e.target.value.trim() }))}
              disabled={!allowed}
              aria-invalid={thresholdMicro === null || undefined}
              aria-describedby="threshold-hint"
            />
            <small id="threshold-hint" className="muted small">
              credits
            </small>
          </label>
          <label className="field">
            <span>Buy this many packs</span>
            <input
              className="input"
              type="number"
              min={1}
              max={MAX_PACKS}
              value={form.packs}
              onChange={(e) => setForm((f) => ({ ...f, packs: int(e.target.value) }))}
              disabled={!allowed}
            />
            <small className="muted small">
              {formatCredits(toMicro(pack.credits) * form.packs, { whole: true })} credits for{' '}
              {formatMoney(pack.priceCents * form.packs, pack.currency)}
            </small>
          </label>
          <label className="field">
            <span>At most packs per month</span>
            <input
              className="input"
              type="number"
              min={1}
              value={form.monthlyCapPacks}
              onChange={(e) => setForm((f) => ({ ...f, monthlyCapPacks: int(e.target.value) }))}
              disabled={!allowed}
            />
            <small className="muted small">
              Up to {formatMoney(pack.priceCents * form.monthlyCapPacks, pack.currency)} a month
            </small>
          </label>
        </div>
        {!valid && (
          <p className="form-error">
            Use a threshold of 0 or more credits, at least 1 pack, and a monthly cap at least that big.
          </p>
        )}
        <p className="muted small">
          It buys at most once each time the balance crosses the threshold. A failed payment switches it off and we
          email the owner.
        </p>
        {message && (
          <p className={message.ok ? 'notice notice-success' : 'form-error'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        {allowed ? (
          <div>
            <button type="submit" className="btn btn-primary" disabled={!valid || saving}>
              {saving ? 'Saving…' : 'Save auto top-up'}
            </button>
          </div>
        ) : (
          <p className="muted small">Only a workspace owner or admin can change auto top-up.</p>
        )}
      </form>
    </section>
  );
}
