import { useId, type FormEvent, type ReactNode } from 'react';

/** The card every signed-out page shares: the brand, a title and a line under it, then the page's form. */
export function AuthForm(props: {
  title: string;
  subtitle?: ReactNode;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <main className="auth">
      <form className="card auth-card" onSubmit={props.onSubmit} aria-labelledby={titleId} noValidate>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            H
          </span>
          Hero Marketer
        </div>
        <div>
          <h1 id={titleId}>{props.title}</h1>
          {props.subtitle && <p className="muted">{props.subtitle}</p>}
        </div>
        {props.children}
      </form>
    </main>
  );
}
