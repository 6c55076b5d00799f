// "This display is not set up yet": one set-up code field for the member of staff installing the TV; the hub
// answers a good code with the display's HttpOnly device cookie. No names or visit details are ever shown here.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { normaliseCode, type SetupProblem } from './displayAccess.js';
import { t } from './displayText.js';

interface Props {
  ended: boolean;
  busy: boolean;
  problem: SetupProblem | null;
  onSubmit: (code: string) => void;
}

export function DisplaySetup({ ended, busy, problem, onSubmit }: Props) {
  const [code, setCode] = useState('');
  const errorRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (problem) errorRef.current?.focus();
  }, [problem]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit(normaliseCode(code));
  };

  const describedBy = problem ? 'setup-code-hint setup-code-error' : 'setup-code-hint';
  return (
    <main className="setup">
      <h1 className="setup__title">{t('setup.heading')}</h1>
      {ended && <p className="setup__ended">{t('setup.ended')}</p>}
      <p className="setup__intro">{t('setup.intro')}</p>
      <form className="setup__form" onSubmit={submit} noValidate>
        <label htmlFor="setup-code" className="setup__label">
          {t('setup.code')}
        </label>
        <p id="setup-code-hint" className="setup__hint">
          {t('setup.codeHint')}
        </p>
        {problem && (
          <p id="setup-code-error" ref={errorRef} tabIndex={-1} role="alert" className="setup__error">
            <span className="visually-hidden">{t('setup.errorPrefix')}</span> {t(`setup.error.${problem}`)}
          </p>
        )}
        <input
          id="setup-code"
          className="setup__input"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={16}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <button type="submit" className="setup__button" aria-disabled={busy}>
          {busy ? t('setup.busy') : t('setup.submit')}
        </button>
      </form>
    </main>
  );
}
