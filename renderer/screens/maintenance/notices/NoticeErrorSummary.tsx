// A GOV.UK-style error summary for the notice form: a title, one link per problem that moves focus to its
// field, and the hub's refusal as a line without a link; it takes focus when it appears.
import { type MouseEvent, useEffect, useRef } from 'react';
import type { DraftProblem } from './noticeDraft.js';
import { t } from './noticesText.js';

interface Props {
  problems: readonly DraftProblem[];
  /** Why the hub refused or could not be reached, or null. */
  failure: string | null;
}

export function NoticeErrorSummary({ problems, failure }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0 || failure !== null) ref.current?.focus();
  }, [problems, failure]);
  if (problems.length === 0 && failure === null) return null;
  const go = (id: string) => (event: MouseEvent) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus();
  };
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} data-testid="notice-problems">
      <p className="error-summary__title">{t('form.problems')}</p>
      <ul className="error-summary__list">
        {failure !== null && <li>{failure}</li>}
        {problems.map((problem) => (
          <li key={`${problem.fieldId}-${problem.text}`}>
            <a href={`#${problem.fieldId}`} onClick={go(problem.fieldId)}>
              {problem.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
