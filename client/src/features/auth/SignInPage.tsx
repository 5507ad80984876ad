import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/errors';
import { safeNext } from './safeNext';
import { AuthForm } from './AuthForm';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      expiresAt
    }
  }
`);

export default function SignInPage() {
  const [signIn, { loading, error }] = useMutation(SignInMutation);
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await signIn({ variables: { input: { email: email.trim(), password } } });
      await client.clearStore();
      void navigate(safeNext(params.get('next')), { replace: true });
    } catch {
      // shown below from `error`
    }
  };

  return (
    <AuthForm title="Sign in" subtitle={'Welcome back. Pick up where you left off.'} onSubmit={onSubmit}>
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
      <label className="field">
        <span>Password</span>
        <input
          className="input"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <p className="small">
        <Link to="/forgot-password">Forgot password?</Link>
      </p>
      {error && (
        <p className="form-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      <button className="btn btn-primary btn-block" type="submit" disabled={loading || !email || !password}>
        {loading ? 'Signing in…' : 'Sign in'}
      </button>
      <p className="muted small">
        New to Hero Marketer? <Link to={`/sign-up${params.size ? `?${params}` : ''}`}>Create an account</Link>
      </p>
    </AuthForm>
  );
}
