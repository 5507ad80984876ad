import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/errors';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

/** Asks for a reset link. The answer is the same whether or not the email has an account. */
export default function ForgotPasswordPage() {
  const [request, { loading, error, data }] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await request({ variables: { input: { email: email.trim() } } });
    } catch {
      // shown below from `error`
    }
  };

  return (
    <main className="auth">
      <form className="card auth-card" onSubmit={onSubmit} aria-labelledby="forgot-title" noValidate>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            H
          </span>
          Hero Marketer
        </div>
        <div>
          <h1 id="forgot-title">Reset your password</h1>
          <p className="muted">We&apos;ll email you a link to choose a new one. It works once, for one hour.</p>
        </div>
        {data?.requestPasswordReset ? (
          <p role="status" data-testid="reset-requested">
            If an account uses <strong>{email.trim()}</strong>, a reset link is on its way. Check your inbox.
          </p>
        ) : (
          <>
            <label className="field">
              <span>Email</span>
              <input
                className="input"
                type="email"
                autoComplete="email"
                required
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                autoFocus
              />
            </label>
            {error && (
              <p className="form-error" role="alert">
                {errorMessage(error)}
              </p>
            )}
            <button className="btn btn-primary btn-block" type="submit" disabled={loading || !email.trim()}>
              {loading ? 'Sending…' : 'Email me a reset link'}
            </button>
          </>
        )}
        <p className="muted small">
          Remembered it? <Link to="/sign-in">Back to sign in</Link>
        </p>
      </form>
    </main>
  );
}
