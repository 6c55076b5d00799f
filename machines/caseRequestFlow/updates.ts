// How each visitor action changes the request flow's context: the answer stored with its problem (nothing typed
// is lost, even when it is refused), the screen Continue or Back leads to, and the Send check or refusal.
import { answerProblem } from '../caseRequests/validateRequest.js';
import type { FieldProblem } from '../contracts/caseRequests.js';
import {
  contactProblems,
  contentProblems,
  descriptionProblem,
  locationProblem,
  submitFailureOf,
} from './content.js';
import {
  afterContentChange,
  type CaseRequestFlowContext,
  type ContactDraft,
  type LocationDraft,
  withoutProblemsOf,
} from './flowContext.js';
import { type QuestionPage, questionPages } from './questionPages.js';
import { firstProblemStep, nextStep, previousStep } from './steps.js';

type Update = Partial<CaseRequestFlowContext>;

/** The page the cursor is on, when it is on a question page. */
export function currentPage(context: CaseRequestFlowContext): QuestionPage | null {
  const { cursor } = context;
  if (cursor.kind !== 'question') return null;
  return questionPages(context.catalog, context.serviceCode)[cursor.page] ?? null;
}

export const currentQuestion = (context: CaseRequestFlowContext) => currentPage(context)?.attribute ?? null;

/** Replaces a field's problems with those just found (none: the field is fine now). */
const problemsWith = (context: CaseRequestFlowContext, field: string, found: FieldProblem[]) => [
  ...withoutProblemsOf(context.problems, field),
  ...found,
];

/** The same service again keeps every answer; another one starts its questions afresh. */
export function serviceChosen(context: CaseRequestFlowContext, serviceCode: string): Update {
  const problems = withoutProblemsOf(context.problems, 'serviceCode');
  if (serviceCode === context.serviceCode) return { problems };
  return {
    serviceCode,
    answers: {},
    problems: withoutProblemsOf(problems, 'answers'),
    walkQuestions: context.returnToReview,
    ...afterContentChange(context),
  };
}

/** Stores the answer to the current question (undefined: skipped), with its problem if it has one. */
export function answerGiven(context: CaseRequestFlowContext, value: string | string[] | undefined): Update {
  const attribute = currentQuestion(context);
  if (attribute === null) return {};
  const field = `answers.${attribute.code}`;
  const answers = { ...context.answers };
  if (value === undefined) delete answers[attribute.code];
  else answers[attribute.code] = value;
  const problem = value === undefined ? null : answerProblem(attribute, value);
  return {
    answers,
    problems: problemsWith(context, field, problem ? [{ field, problem }] : []),
    ...afterContentChange(context),
  };
}

export function locationGiven(context: CaseRequestFlowContext, location: LocationDraft): Update {
  const problem = locationProblem(location);
  return {
    location,
    problems: problemsWith(context, 'location', problem ? [problem] : []),
    ...afterContentChange(context),
  };
}

export function descriptionGiven(context: CaseRequestFlowContext, description: string): Update {
  const problem = descriptionProblem(context, description);
  return {
    description,
    problems: problemsWith(context, 'description', problem ? [problem] : []),
    ...afterContentChange(context),
  };
}

/** Stores the contact details (null: skipped), with a problem per wrong field. */
export function contactGiven(context: CaseRequestFlowContext, contact: ContactDraft | null): Update {
  return {
    contact,
    problems: problemsWith(context, 'contact', contactProblems(contact)),
    ...afterContentChange(context),
  };
}

export function forward(context: CaseRequestFlowContext): Update {
  const cursor = nextStep(context);
  return {
    cursor,
    returnToReview: cursor.kind !== 'review' && context.returnToReview,
    walkQuestions: cursor.kind === 'question' && context.walkQuestions,
  };
}

export function backward(context: CaseRequestFlowContext): Update {
  const cursor = previousStep(context);
  return { cursor, returnToReview: cursor.kind !== 'review' && context.returnToReview, walkQuestions: false };
}

/** Send found problems: show them, starting on the earliest screen, and come back to review after. */
export function contentChecked(context: CaseRequestFlowContext): Update {
  const problems = contentProblems(context);
  return { problems, cursor: firstProblemStep(context, problems) ?? context.cursor, returnToReview: true };
}

/** The agent refused the request: the same, with the problems it named; a change makes it a new request. */
export function refusalShown(context: CaseRequestFlowContext, error: unknown): Update {
  const failure = submitFailureOf(error);
  const problems = failure.kind === 'invalid' ? failure.problems : [];
  return {
    problems,
    cursor: firstProblemStep(context, problems) ?? { kind: 'review' },
    returnToReview: true,
    refused: true,
  };
}
