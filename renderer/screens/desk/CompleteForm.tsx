// Complete a visit: a required outcome, plus the bureau for "referred" or the case reference for "case-created".
import { type FormEvent, useState } from 'react';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { DeskErrorKind } from '../../../machines/deskSession.js';
import { t } from './deskText.js';

interface Props {
  site: SiteConfig;
  busy: boolean;
  /** The desk's complaint about the last Complete press, if any. */
  problem: DeskErrorKind | null;
  onComplete: (outcomeId: string, detail: string) => void;
}

export function CompleteForm({ site, busy, problem, onComplete }: Props) {
  const [outcomeId, setOutcomeId] = useState('');
  const [bureau, setBureau] = useState('');
  const [caseRef, setCaseRef] = useState('');
  const kind = site.outcomes.find((o) => o.id === outcomeId)?.kind ?? null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    onComplete(outcomeId, kind === 'referred' ? bureau : kind === 'case-created' ? caseRef : '');
  };
  const fieldClass = (bad: boolean) => (bad ? 'field field--error' : 'field');
  const outcomeBad = problem === 'outcome-required';
  const bureauBad = problem === 'bureau-required';
  const caseBad = problem === 'case-required';
  return (
    <form className="complete-form stack" onSubmit={submit} aria-labelledby="complete-heading">
      <h3 id="complete-heading" className="visually-hidden">
        {t('action.complete')}
      </h3>
      <div className={fieldClass(outcomeBad)}>
        <label htmlFor="outcome-select" className="field__label">
          {t('outcome.label')}
        </label>
        {outcomeBad && (
          <p id="outcome-error" className="field__error">
            {t('error.outcome-required')}
          </p>
        )}
        <select
          id="outcome-select"
          className="select"
          aria-required="true"
          aria-invalid={outcomeBad}
          aria-describedby={outcomeBad ? 'outcome-error' : undefined}
          value={outcomeId}
          onChange={(e) => setOutcomeId(e.target.value)}
        >
          <option value="">{t('outcome.placeholder')}</option>
          {site.outcomes.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      {kind === 'referred' && (
        <div className={fieldClass(bureauBad)}>
          <label htmlFor="bureau-select" className="field__label">
            {t('outcome.bureau')}
          </label>
          {bureauBad && (
            <p id="bureau-error" className="field__error">
              {t('error.bureau-required')}
            </p>
          )}
          <select
            id="bureau-select"
            className="select"
            aria-required="true"
            aria-invalid={bureauBad}
            aria-describedby={bureauBad ? 'bureau-error' : undefined}
            value={bureau}
            onChange={(e) => setBureau(e.target.value)}
          >
            <option value="">{t('outcome.bureauPlaceholder')}</option>
            {site.bureaus.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {kind === 'case-created' && (
        <div className={fieldClass(caseBad)}>
          <label htmlFor="case-reference" className="field__label">
            {t('outcome.case')}
          </label>
          <p id="case-hint" className="field__hint">
            {t('outcome.caseHint')}
          </p>
          {caseBad && (
            <p id="case-error" className="field__error">
              {t('error.case-required')}
            </p>
          )}
          <input
            id="case-reference"
            className="input"
            autoComplete="off"
            maxLength={80}
            aria-required="true"
            aria-invalid={caseBad}
            aria-describedby={caseBad ? 'case-hint case-error' : 'case-hint'}
            value={caseRef}
            onChange={(e) => setCaseRef(e.target.value)}
          />
        </div>
      )}
      <button type="submit" className="button button--primary" aria-disabled={busy}>
        {t('action.complete')}
      </button>
    </form>
  );
}
