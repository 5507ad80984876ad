import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/errors';
import { AuthForm } from './AuthForm';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

/** Where the emailed link lands: choose a new password; every session of the account ends. */
export default function ResetPasswordPage() {
  const [reset, { loading, error, data }] = useMutation(ResetPasswordMutation);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await reset({ variables: { input: { token, password } } });
    } catch {
      // shown below from `error`
    }
  };

  return (
    <AuthForm title="Choose a new password" onSubmit={onSubmit}>
      {data?.resetPassword ? (
        <p role="status" data-testid="password-reset-done">
          Your password is changed and you are signed out everywhere. <Link to="/sign-in">Sign in</Link> with the new
          one.
        </p>
      ) : !token ? (
        <p className="form-error" role="alert">
          This link is incomplete. <Link to="/forgot-password">Ask for a new one</Link>.
        </p>
      ) : (
        <>
          <label className="field">
            <span>New password</span>
            <input
              className="input"
              type="password"
              autoComplete="new-password"
              minLength={10}
              maxLength={200}
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoFocus
            />
            <span className="muted small">At least 10 characters.</span>
          </label>
          {error && (
            <p className="form-error" role="alert">
              {errorMessage(error)} <Link to="/forgot-password">Ask for a new link</Link>
            </p>
          )}
          <button className="btn btn-primary btn-block" type="submit" disabled={loading || password.length < 10}>
            {loading ? 'Saving…' : 'Set new password'}
          </button>
        </>
      )}
    </AuthForm>
  );
}
