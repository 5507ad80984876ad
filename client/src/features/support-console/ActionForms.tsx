import { useState } from 'react';
import { ConfirmedForm } from './ConfirmedForm';

const AMOUNT = /^\d{1,9}(\.\d{1,6})?$/;

export function AdjustForm({
  onAdjust,
}: {
  onAdjust: (amount: string, direction: 'CREDIT' | 'DEBIT', reason: string) => Promise<void>;
}) {
  const [amount, setAmount] = useState('');
  const [direction, setDirection] = useState<'CREDIT' | 'DEBIT'>('CREDIT');
  const valid = AMOUNT.test(amount) && Number(amount) > 0;
  return (
    <ConfirmedForm
      label="Adjust credits"
      submitLabel="Review adjustment"
      disabled={!valid}
      summary={(reason) => `${direction === 'CREDIT' ? 'Credit' : 'Debit'} ${amount} credits: “${reason}”.`}
      onConfirm={async (reason) => {
        await onAdjust(amount, direction, reason);
        setAmount('');
      }}
    >
      <div className="row">
        <label className="field">
          <span className="label">Direction</span>
          <select
            className="select"
            value={direction}
            onChange={(e) => setDirection(e.target.value === 'DEBIT' ? 'DEBIT' : 'CREDIT')}
          >
            <option value="CREDIT">Credit (add)</option>
            <option value="DEBIT">Debit (take)</option>
          </select>
        </label>
        <label className="field">
          <span className="label">Credits</span>
          <input className="input" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </label>
      </div>
    </ConfirmedForm>
  );
}

export function VoidGrantForm({
  grant,
  onVoid,
  onCancel,
}: {
  grant: { id: string; label: string; remaining: string };
  onVoid: (grantId: string, reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  return (
    <div className="stack">
      <p>
        Void the {grant.remaining} credits left of <strong>{grant.label}</strong>.{' '}
        <button type="button" className="btn btn-sm btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </p>
      <ConfirmedForm
        label="Void grant"
        submitLabel="Review void"
        summary={(reason) => `Void ${grant.remaining} credits of ${grant.label}: “${reason}”.`}
        onConfirm={(reason) => onVoid(grant.id, reason)}
      />
    </div>
  );
}

export function ReleaseHoldForm({
  hold,
  onRelease,
}: {
  hold: { id: string; amount: string };
  onRelease: (holdId: string, outcome: 'RELEASED' | 'EXPIRED', reason: string) => Promise<void>;
}) {
  const [outcome, setOutcome] = useState<'RELEASED' | 'EXPIRED'>('RELEASED');
  return (
    <ConfirmedForm
      label="Release hold"
      submitLabel="Review release"
      summary={(reason) =>
        `${outcome === 'EXPIRED' ? 'Expire' : 'Release'} the hold of ${hold.amount} credits: “${reason}”.`
      }
      onConfirm={(reason) => onRelease(hold.id, outcome, reason)}
    >
      <label className="field">
        <span className="label">End it as</span>
        <select
          className="select"
          value={outcome}
          onChange={(e) => setOutcome(e.target.value === 'EXPIRED' ? 'EXPIRED' : 'RELEASED')}
        >
          <option value="RELEASED">Released</option>
          <option value="EXPIRED">Expired</option>
        </select>
      </label>
    </ConfirmedForm>
  );
}
