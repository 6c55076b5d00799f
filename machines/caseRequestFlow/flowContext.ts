// The kiosk request flow's input, context and events: what one visitor has answered so far, and where they are.
import type { AttributeAnswers, CaseCatalog, FieldProblem } from '../contracts/caseRequests.js';
import type { SubmitRequestResult } from '../contracts/kioskApi.js';

export interface CaseRequestFlowInput {
  /** The visitor's language (chosen before the flow starts). */
  language: string;
  /** Makes a fresh UUID (injected: machines read no randomness). */
  newRequestId: () => string;
  /** The current time (injected: machines read no clock). */
  now: () => Date;
}

/** One screen of the flow; `question` pages are the service's questions (see questionPages.ts). */
export type Step =
  | { kind: 'exit' }
  | { kind: 'category' }
  | { kind: 'question'; page: number }
  | { kind: 'location' }
  | { kind: 'description' }
  | { kind: 'contact' }
  | { kind: 'review' };

export type StepKind = Step['kind'];

/** The contact fields as typed (blank strings allowed); see content.ts for what is sent. */
export interface ContactDraft {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
}

/** A location as chosen on the screen, before it is checked. */
export type LocationDraft = { kind: 'here' } | { kind: 'address'; address: string };

export interface CaseRequestFlowContext {
  language: string;
  newRequestId: () => string;
  now: () => Date;
  /** The year the flow started in (the date question offers years around it). */
  startedYear: number;
  catalog: CaseCatalog | null;
  /** The category search box's text. */
  query: string;
  serviceCode: string | null;
  answers: AttributeAnswers;
  location: LocationDraft | null;
  description: string;
  /** null: the visitor gave no contact details (or skipped them). */
  contact: ContactDraft | null;
  /** The screen shown (or being routed to). */
  cursor: Step;
  /** Problems to show beside their fields: from a screen's own check, the Send check or the agent's refusal. */
  problems: FieldProblem[];
  /** Continuing goes back to review (a "Change" from review, or fixing a refused request). */
  returnToReview: boolean;
  /** The service changed during a change from review: walk its questions before returning. */
  walkQuestions: boolean;
  /** Made at the first Send and reused by every retry; null again when content changes after a refusal. */
  requestId: string | null;
  capturedAt: string | null;
  /** The last send was refused as invalid: a content change makes it a new request (new id). */
  refused: boolean;
  /** Why the last send failed (shown on the failed screen). */
  failure: 'unavailable' | null;
  result: SubmitRequestResult | null;
}

export type CaseRequestFlowEvent =
  | { type: 'search.changed'; query: string }
  | { type: 'category.chosen'; serviceCode: string }
  | { type: 'answer.given'; value: string | string[] }
  | { type: 'answer.skipped' }
  | { type: 'note.read' }
  | { type: 'location.given'; location: LocationDraft }
  | { type: 'description.given'; description: string }
  | { type: 'contact.given'; contact: ContactDraft }
  | { type: 'contact.skipped' }
  | { type: 'review.change'; step: Exclude<Step, { kind: 'exit' } | { kind: 'review' }> }
  | { type: 'request.send' }
  | { type: 'request.retry' }
  | { type: 'request.back' }
  | { type: 'request.ticketInstead' };

export function initialContext(input: CaseRequestFlowInput): CaseRequestFlowContext {
  return {
    language: input.language,
    newRequestId: input.newRequestId,
    now: input.now,
    startedYear: input.now().getUTCFullYear(),
    catalog: null,
    query: '',
    serviceCode: null,
    answers: {},
    location: null,
    description: '',
    contact: null,
    cursor: { kind: 'category' },
    problems: [],
    returnToReview: false,
    walkQuestions: false,
    requestId: null,
    capturedAt: null,
    refused: false,
    failure: null,
    result: null,
  };
}

/** What any change to the request's content does to its identity: after a refusal it becomes a new request. */
export function afterContentChange(context: CaseRequestFlowContext) {
  return context.refused ? { requestId: null, refused: false } : {};
}

/** The problems without those of one field (`answers.x`, `location`, …) or its sub-fields (`contact.*`). */
export function withoutProblemsOf(problems: readonly FieldProblem[], field: string): FieldProblem[] {
  return problems.filter((p) => p.field !== field && !p.field.startsWith(`${field}.`));
}
