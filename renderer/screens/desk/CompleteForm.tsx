// Complete a visit: a required outcome, plus the bureau for "referred" or the case reference for "case-created".
import { type FormEvent, useState } from 'react';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import type { DeskErrorKind } from '../../../machines/deskSession.js';
import { describedBy, Field, SelectField } from '../../shared/SelectField.js';
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
  const outcomeBad = problem === 'outcome-required';
  const bureauBad = problem === 'bureau-required';
  const caseBad = problem === 'case-required';
  return (
    <form className="complete-form stack" onSubmit={submit} aria-labelledby="complete-heading">
      <h3 id="complete-heading" className="visually-hidden">
        {t('action.complete')}
      </h3>
      <SelectField
        id="outcome-select"
        label={t('outcome.label')}
        error={outcomeBad ? { id: 'outcome-error', text: t('error.outcome-required') } : null}
        aria-required="true"
        aria-invalid={outcomeBad}
        value={outcomeId}
        onChange={setOutcomeId}
        emptyOption={t('outcome.placeholder')}
        options={site.outcomes.map((o) => ({ value: o.id, label: o.name }))}
      />
      {kind === 'referred' && (
        <SelectField
          id="bureau-select"
          label={t('outcome.bureau')}
          error={bureauBad ? { id: 'bureau-error', text: t('error.bureau-required') } : null}
          aria-required="true"
          aria-invalid={bureauBad}
          value={bureau}
          onChange={setBureau}
          emptyOption={t('outcome.bureauPlaceholder')}
          options={site.bureaus.map((b) => ({ value: b.id, label: b.name }))}
        />
      )}
      {kind === 'case-created' && (
        <Field
          id="case-reference"
          label={t('outcome.case')}
          hint={{ id: 'case-hint', text: t('outcome.caseHint') }}
          error={caseBad ? { id: 'case-error', text: t('error.case-required') } : null}
        >
          <input
            id="case-reference"
            className="input"
            autoComplete="off"
            maxLength={80}
            aria-required="true"
            aria-invalid={caseBad}
            aria-describedby={describedBy('case-hint', caseBad && 'case-error')}
            value={caseRef}
            onChange={(e) => setCaseRef(e.target.value)}
          />
        </Field>
      )}
      <button type="submit" className="button button--primary" aria-disabled={busy}>
        {t('action.complete')}
      </button>
    </form>
  );
}
