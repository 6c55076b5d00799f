// A GOV.UK-style error summary for a request form: a title and one link per problem, each moving focus to its
// field; it takes focus itself when it appears, so a screen reader reads what to fix first.
import { type MouseEvent, useEffect, useRef } from 'react';
import type { FieldProblem } from '../../../../machines/contracts/caseRequests.js';
import { fieldId } from './requestDraft.js';

interface Props {
  /** The form's id prefix (its fields' ids start with it). */
  prefix: string;
  title: string;
  problems: readonly FieldProblem[];
  /** The sentence shown for a problem (the same as beside its field). */
  textOf: (problem: FieldProblem) => string;
}

export function ProblemSummary({ prefix, title, problems, textOf }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  const go = (id: string) => (event: MouseEvent) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus();
  };
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} data-testid={`${prefix}-problems`}>
      <p className="error-summary__title">{title}</p>
      <ul className="error-summary__list">
        {problems.map((problem) => {
          const id = fieldId(prefix, problem.field);
          return (
            <li key={`${problem.field}-${problem.problem}`}>
              <a href={`#${id}`} onClick={go(id)}>
                {textOf(problem)}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
