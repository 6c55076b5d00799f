// Where Continue and Back lead: the screens in order (category, the service's question pages, location,
// description, contact, review), a change from review that returns there, and the screen of a field's problem.
import type { FieldProblem } from '../contracts/caseRequests.js';
import type { CaseRequestFlowContext, Step } from './flowContext.js';
import { pageOfQuestion, questionPages } from './questionPages.js';

type Place = Pick<CaseRequestFlowContext, 'catalog' | 'serviceCode' | 'cursor'>;

/** Every screen of the request in order, for the current service. */
export function stepSequence(context: Pick<CaseRequestFlowContext, 'catalog' | 'serviceCode'>): Step[] {
  const pages = questionPages(context.catalog, context.serviceCode);
  return [
    { kind: 'category' },
    ...pages.map((_, page): Step => ({ kind: 'question', page })),
    { kind: 'location' },
    { kind: 'description' },
    { kind: 'contact' },
    { kind: 'review' },
  ];
}

export const sameStep = (a: Step, b: Step) =>
  a.kind === b.kind && (a.kind !== 'question' || (b.kind === 'question' && a.page === b.page));

function indexOf(context: Place): number {
  return stepSequence(context).findIndex((step) => sameStep(step, context.cursor));
}

/** The screen that shows a field's problem (`serviceCode`, `answers.<code>`, `location`, …). */
export function stepOfField(
  context: Pick<CaseRequestFlowContext, 'catalog' | 'serviceCode'>,
  field: string,
): Step {
  if (field === 'serviceCode') return { kind: 'category' };
  if (field.startsWith('answers.')) {
    const page = pageOfQuestion(context.catalog, context.serviceCode, field.slice('answers.'.length));
    return page === null ? { kind: 'category' } : { kind: 'question', page };
  }
  const head = field.split('.')[0];
  if (head === 'location' || head === 'description' || head === 'contact') return { kind: head };
  return { kind: 'review' };
}

/** The earliest screen with a problem, or null when there is none. */
export function firstProblemStep(
  context: Pick<CaseRequestFlowContext, 'catalog' | 'serviceCode'>,
  problems: readonly FieldProblem[],
): Step | null {
  const sequence = stepSequence(context);
  const positions = problems.map((p) => {
    const step = stepOfField(context, p.field);
    return { step, at: sequence.findIndex((s) => sameStep(s, step)) };
  });
  positions.sort((a, b) => a.at - b.at);
  return positions[0]?.step ?? null;
}

/** Where Continue leads from the current screen. */
export function nextStep(context: CaseRequestFlowContext): Step {
  const sequence = stepSequence(context);
  const following = sequence[indexOf(context) + 1] ?? { kind: 'review' };
  if (!context.returnToReview) return following;
  if (context.walkQuestions && following.kind === 'question') return following;
  return firstProblemStep(context, context.problems) ?? { kind: 'review' };
}

/** Where Back leads: the previous screen, review during a change from review, out of the flow from the first. */
export function previousStep(context: CaseRequestFlowContext): Step {
  if (context.returnToReview && context.cursor.kind !== 'review') return { kind: 'review' };
  const at = indexOf(context);
  return at <= 0 ? { kind: 'exit' } : (stepSequence(context)[at - 1] ?? { kind: 'exit' });
}
