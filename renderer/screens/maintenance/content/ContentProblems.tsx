// A GOV.UK-style error summary of content problems, each with where it is ("topics › 4 (Permits) › texts › es
// › title"); it takes focus when it appears so a screen reader reads what to fix first.
import { useEffect, useRef } from 'react';
import type { InfoContentBody } from '../../../../machines/contracts/info.js';
import { type ContentProblem, pathText } from './contentCheck.js';

interface Props {
  title: string;
  problems: readonly ContentProblem[];
  testId: string;
  /** What was checked, so topics and groups are named by their words (not for an unreadable file). */
  content?: InfoContentBody;
}

export function ContentProblems({ title, problems, testId, content }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} data-testid={testId}>
      <p className="error-summary__title">{title}</p>
      <ul className="error-summary__list">
        {problems.map((problem) => {
          const where = pathText(problem.path, content);
          return (
            <li key={`${where}-${problem.message}`}>
              <strong>{where}</strong>: {problem.message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
