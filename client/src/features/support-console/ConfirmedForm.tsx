import { useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage } from '../../lib/errors';

interface Props {
  label: string;
  /** The fields besides the reason. */
  children?: ReactNode;
  /** What will happen, in words, shown for confirmation. */
  summary: (reason: string) => string;
  submitLabel: string;
  disabled?: boolean;
  onConfirm: (reason: string) => Promise<unknown>;
}

/**
 * A staff action: a required reason (1-500 characters), then a confirmation step that says what will
 * happen; the reason travels with the action and shows in the workspace's history.
 */
export function ConfirmedForm({ label, children, summary, submitLabel, disabled, onConfirm }: Props) {
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const ready = reason.trim().length >= 1 && !disabled;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    if (ready) setConfirming(true);
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
      setDone(summary(reason.trim()));
      setReason('');
      setConfirming(false);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={onSubmit} aria-label={label}>
      {children}
      <label className="field">
        <span className="label">Reason (shown to the workspace)</span>
        <input
          className="input"
          required
          maxLength={500}
          value={reason}
          disabled={confirming}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      {error && <p className="form-error">{error}</p>}
      {done && <p className="notice notice-success">Done: {done}</p>}
      {confirming ? (
        <div className="notice notice-warning stack">
          <p>{summary(reason.trim())}</p>
          <div className="row">
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void confirm()}>
              Confirm
            </button>
            <button type="button" className="btn" disabled={busy} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="row">
          <button type="submit" className="btn" disabled={!ready}>
            {submitLabel}
          </button>
        </div>
      )}
    </form>
  );
}
