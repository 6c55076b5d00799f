// GOV.UK-style sign-in: username, password, one Sign in button; errors summarised at the top and at each field.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { authText as t } from './authText.js';
import type { SignInProblem } from './staffSession.js';

interface Props {
  problem: SignInProblem | null;
  ended: boolean;
  busy: boolean;
  onSignIn: (username: string, password: string) => void;
}

interface Message {
  field: 'username' | 'password' | null;
  text: string;
}

/** The messages a problem shows: each names the field it is about (the summary links to it). */
export function signInMessages(problem: SignInProblem | null): Message[] {
  if (!problem) return [];
  switch (problem.kind) {
    case 'missing-both':
      return [
        { field: 'username', text: t('error.missing-username') },
        { field: 'password', text: t('error.missing-password') },
      ];
    case 'missing-username':
      return [{ field: 'username', text: t('error.missing-username') }];
    case 'missing-password':
      return [{ field: 'password', text: t('error.missing-password') }];
    case 'locked':
      return [
        {
          field: null,
          text: problem.retry ? t('error.lockedWithReason', { reason: problem.retry }) : t('error.locked'),
        },
      ];
    default:
      return [{ field: null, text: t(`error.${problem.kind}`) }];
  }
}

function FieldError({ id, message }: { id: string; message: Message | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field__error">
      <span className="visually-hidden">{t('error.prefix')}</span> {message.text}
    </p>
  );
}

export function SignInForm({ problem, ended, busy, onSignIn }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const messages = signInMessages(problem);
  const usernameError = messages.find((m) => m.field === 'username');
  const passwordError = messages.find((m) => m.field === 'password');

  useEffect(() => {
    if (!problem) return;
    summaryRef.current?.focus();
    if (problem.kind !== 'missing-password' && problem.kind !== 'missing-username') setPassword('');
  }, [problem]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSignIn(username, password);
  };

  return (
    <section className="panel panel--narrow">
      {messages.length > 0 && (
        <div
          ref={summaryRef}
          className="error-summary"
          role="alert"
          tabIndex={-1}
          aria-labelledby="sign-in-problem"
        >
          <h2 id="sign-in-problem" className="error-summary__title">
            {t('error.summary')}
          </h2>
          <ul className="error-summary__list">
            {messages.map((m) => (
              <li key={m.text}>{m.field ? <a href={`#${m.field}`}>{m.text}</a> : m.text}</li>
            ))}
          </ul>
        </div>
      )}
      {ended && messages.length === 0 && (
        <p className="notice" role="status">
          {t('signIn.ended')}
        </p>
      )}
      <p>{t('signIn.intro')}</p>
      <form onSubmit={submit} className="stack" noValidate>
        <div className={usernameError ? 'field field--error' : 'field'}>
          <label htmlFor="username" className="field__label">
            {t('signIn.username')}
          </label>
          <FieldError id="username-error" message={usernameError} />
          <input
            id="username"
            name="username"
            className="input"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={usernameError ? true : undefined}
            aria-describedby={usernameError ? 'username-error' : undefined}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </div>
        <div className={passwordError ? 'field field--error' : 'field'}>
          <label htmlFor="password" className="field__label">
            {t('signIn.password')}
          </label>
          <FieldError id="password-error" message={passwordError} />
          <input
            id="password"
            name="password"
            className="input"
            type="password"
            autoComplete="current-password"
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={passwordError ? 'password-error' : undefined}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary" aria-disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
      </form>
    </section>
  );
}
