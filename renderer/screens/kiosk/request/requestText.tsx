// The request screens' shared words and pieces: a field problem's sentence in the visitor's language, catalog
// text marked with the language it is in, and the field error and error summary (GOV.UK style).
import { type ReactNode, useEffect, useRef } from 'react';
import type { LocalText } from '../../../../machines/caseRequestFlow.js';
import type { FieldProblem } from '../../../../machines/contracts/caseRequests.js';
import type { Translate } from '../../../../machines/i18n/translate.js';
import { useText } from '../kioskText.js';

/** What to do about a problem, in the visitor's words (some fields have their own sentence). */
export function problemText(t: Translate, { field, problem }: FieldProblem): string {
  if (field === 'request') return t('problem.request');
  if (field === 'description' && problem === 'required') return t('problem.requiredDescription');
  if (field === 'location')
    return problem === 'required' ? t('problem.requiredLocation') : t('problem.location');
  if (field === 'contact.email' && problem === 'invalid') return t('problem.email');
  if (field === 'contact.phone' && problem === 'invalid') return t('problem.phone');
  return t(`problem.${problem}`);
}

/** Catalog text, with `lang` when it is not in the screen's language (an English fallback). */
export function Local({ text }: { text: LocalText }) {
  const { lang } = useText();
  return <span lang={text.lang === lang ? undefined : text.lang}>{text.text}</span>;
}

/** The problems of one field, or of a field and its sub-fields (`contact` → `contact.email`, …). */
export const problemsOf = (problems: readonly FieldProblem[], field: string) =>
  problems.filter((p) => p.field === field || p.field.startsWith(`${field}.`));

/** A field's error message, announced when it appears; the field names it in `aria-describedby`. */
export function FieldError({ id, problem }: { id: string; problem: FieldProblem | undefined }) {
  const { request: t } = useText();
  if (!problem) return null;
  return (
    <p id={id} className="field__error" role="alert">
      {problemText(t, problem)}
    </p>
  );
}

/** The screen's problems above the form, each linking to its field; takes focus when problems appear. */
export function ErrorSummary({
  problems,
  fieldIdOf,
}: {
  problems: FieldProblem[];
  fieldIdOf: (field: string) => string;
}) {
  const { request: t } = useText();
  const box = useRef<HTMLElement>(null);
  const shown = problems.map((p) => `${p.field}:${p.problem}`).join(' ');
  useEffect(() => {
    if (shown) box.current?.focus();
  }, [shown]);
  if (problems.length === 0) return null;
  return (
    <section ref={box} className="error-summary" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t('problem.summary')}
      </h2>
      <ul className="error-summary__list">
        {problems.map((problem) => (
          <li key={problem.field}>
            <a
              href={`#${fieldIdOf(problem.field)}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(fieldIdOf(problem.field))?.focus();
              }}
            >
              {problemText(t, problem)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The row of a screen's actions: the primary Continue (submits the form) and any secondary ones. */
export function Actions({ children }: { children?: ReactNode }) {
  const { request: t } = useText();
  return (
    <div className="request__actions">
      <button type="submit" className="button button--primary">
        {t('common.continue')}
      </button>
      {children}
    </div>
  );
}

/** Joins ids for `aria-describedby`, leaving out the absent ones. */
export const describedBy = (...ids: (string | false | null | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined;
