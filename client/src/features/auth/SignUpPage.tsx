import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/errors';
import { safeNext } from './safeNext';
import { AuthForm } from './AuthForm';

/** The server's rule (SignUpInput): 10 to 200 characters. */
const MIN_PASSWORD = 10;

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      expiresAt
    }
  }
`);

export default function SignUpPage() {
  const [signUp, { loading, error }] = useMutation(SignUpMutation);
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form, setForm] = useState({ name: '', email: '', password: '', workspaceName: '' });
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await signUp({
        variables: {
          input: {
            name: form.name.trim(),
            email: form.email.trim(),
            password: form.password,
            workspaceName: form.workspaceName.trim() || `${form.name.trim() || 'My'}'s workspace`,
          },
        },
      });
      await client.clearStore();
      void navigate(safeNext(params.get('next')), { replace: true });
    } catch {
      // shown below from `error`
    }
  };

  const tooShort = form.password.length > 0 && form.password.length < MIN_PASSWORD;

  return (
    <AuthForm
      title="Create your account"
      subtitle={'Your workspace holds your campaigns, products and credits.'}
      onSubmit={onSubmit}
    >
      <label className="field">
        <span>Your name</span>
        <input className="input" autoComplete="name" required value={form.name} onChange={set('name')} autoFocus />
      </label>
      <label className="field">
        <span>Work email</span>
        <input
          className="input"
          type="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={set('email')}
        />
      </label>
      <label className="field">
        <span>Password</span>
        <input
          className="input"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD}
          value={form.password}
          onChange={set('password')}
          aria-describedby="password-hint"
          aria-invalid={tooShort || undefined}
        />
        <small id="password-hint" className={tooShort ? 'form-error' : 'muted small'}>
          At least {MIN_PASSWORD} characters.
        </small>
      </label>
      <label className="field">
        <span>Workspace name</span>
        <input
          className="input"
          autoComplete="organization"
          placeholder="Acme Marketing"
          value={form.workspaceName}
          onChange={set('workspaceName')}
        />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      <button
        className="btn btn-primary btn-block"
        type="submit"
        disabled={loading || !form.name || !form.email || form.password.length < MIN_PASSWORD}
      >
        {loading ? 'Creating your workspace…' : 'Create account'}
      </button>
      <p className="muted small">
        Already have an account? <Link to={`/sign-in${params.size ? `?${params}` : ''}`}>Sign in</Link>
      </p>
    </AuthForm>
  );
}
