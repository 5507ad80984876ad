import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/errors';
import { AuthForm } from './AuthForm';

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
    <AuthForm
      title="Reset your password"
      subtitle={"We'll email you a link to choose a new one. It works once, for one hour."}
      onSubmit={onSubmit}
    >
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
    </AuthForm>
  );
}
