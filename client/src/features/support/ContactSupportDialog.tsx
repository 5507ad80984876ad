import { useId, useState } from 'react';
import { Link } from 'react-router';
import { formatCreditsText, formatNumber } from '../../lib/format';
import { formatDateTime } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { Modal } from '../../ui/Modal';
import type { SupportTopic } from './ContactSupportButton';
import { MESSAGE_MAX_CHARS } from './limits';
import { useOpenSupportRequest } from './useOpenSupportRequest';

/** The message box's first words: which entry the question is about, in the member's own history terms. */
export function prefill(about: SupportTopic | null | undefined): string {
  if (!about) return '';
  const amount = about.amount ? ` (${formatCreditsText(about.amount)} credits)` : '';
  const when = about.createdAt ? ` on ${formatDateTime(about.createdAt)}` : '';
  return `Question about this charge: "${about.description}"${amount}${when}.\n\n`;
}

interface Props {
  about?: SupportTopic | null;
  onClose: () => void;
}

/** "Contact support": a message box, prefilled with the entry it is about, that opens a support request. */
export default function ContactSupportDialog({ about, onClose }: Props) {
  const ids = useId();
  const [message, setMessage] = useState(() => prefill(about));
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const { pending, send } = useOpenSupportRequest();
  const text = message.trim();

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!text || pending) return;
    setError(null);
    try {
      await send(text, about ? [about.id] : []);
      setSent(true);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <Modal labelledBy={`${ids}-title`} onClose={onClose} testId="contact-support-dialog">
      <div className="stack">
        <h2 id={`${ids}-title`}>Contact support</h2>
        {sent ? (
          <div className="stack" role="status">
            <p>
              <strong>Request sent.</strong> We emailed you a confirmation. Support audits the math and answers you by
              email and on your support requests page.
            </p>
            <div className="row">
              <Link className="btn btn-primary" to="/support/requests" onClick={onClose}>
                View your support requests
              </Link>
              <button type="button" className="btn" onClick={onClose}>
                Done
              </button>
            </div>
          </div>
        ) : (
          <form className="stack" onSubmit={(e) => void onSubmit(e)} noValidate>
            <p className="muted">
              If something looks off, tell us what you expected. We can audit the math and adjust if there&apos;s an
              error.
            </p>
            {about && (
              <p className="small" data-testid="contact-support-about">
                About: {about.description}
                {about.amount ? ` · ${formatCreditsText(about.amount)} credits` : ''}
              </p>
            )}
            <label className="field" htmlFor={`${ids}-message`}>
              <span>Your message</span>
            </label>
            <textarea
              id={`${ids}-message`}
              className="textarea"
              style={{ minHeight: 140 }}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
              maxLength={MESSAGE_MAX_CHARS}
              aria-describedby={`${ids}-count`}
              autoFocus
            />
            <span id={`${ids}-count`} className="small muted">
              {formatNumber(message.length)} / {formatNumber(MESSAGE_MAX_CHARS)} characters
            </span>
            {error && (
              <p className="small" role="alert" style={{ color: 'var(--danger, #b42318)' }}>
                {error}
              </p>
            )}
            <div className="row">
              <button type="submit" className="btn btn-primary" disabled={!text || pending}>
                {pending ? 'Sending…' : 'Send to support'}
              </button>
              <button type="button" className="btn" onClick={onClose}>
                Cancel
              </button>
            </div>
          </form>
        )}
      </div>
    </Modal>
  );
}
