// The desk's "File a request" form: load the case store's catalog from the hub, then check, submit and show the
// receipt of one walk-in service request at a time. The hub calls run through two injected actors,
// `loadCatalog` and `submitRequest`; the screen checks the content (and says what is wrong) before sending.
//
// Lifecycle:
//   loading        — asking the hub for the catalog (services and their questions).
//   catalogFailed  — the hub did not give it: Try again.
//   ready.editing  — the form; a submit with problems stays here and lists them (nothing typed is lost).
//   ready.submitting — the request is with the hub. Its request id is made once per form: a retry after an
//                  unknown outcome (hub unreachable) or a refusal sends the same id, so the hub never files it
//                  twice.
//   ready.submitted — the hub committed it: the receipt (local reference, case number once known). "File another
//                  request" starts a new form with a new request id.
import { assign, fromPromise, setup } from 'xstate';
import type {
  CaseCatalog,
  CaseReceipt,
  FieldProblem,
  SubmitCaseRequestBody,
  SubmitCaseRequestResult,
} from './contracts/caseRequests.js';
import { HubError, HubUnreachableError } from './contracts/hubClient.js';

/** What the desk sends, less the request id the machine adds (a desk never hands over). */
export type DeskRequestBody = Omit<SubmitCaseRequestBody, 'requestId' | 'handOver' | 'statusToken'>;

/**
 * Why a submit did not go through (besides field problems):
 * - `unreachable`: the hub did not answer; the request may or may not be filed, so a retry reuses its id.
 * - `refused`: the hub said no, with its sentence (e.g. the visit is unknown, the request id was used).
 * - `failed`: anything else.
 */
export interface DeskRequestFailure {
  kind: 'unreachable' | 'refused' | 'failed';
  message: string | null;
}

export interface DeskRequestInput {
  newRequestId: () => string;
}

export interface DeskRequestContext {
  newRequestId: () => string;
  catalog: CaseCatalog | null;
  /** The id the current form is (or will be) filed under. */
  requestId: string;
  /** The body being sent; null when nothing is in flight. */
  sending: SubmitCaseRequestBody | null;
  /** When this form was first sent: a retry keeps it, so the hub sees the same request again. */
  capturedAt: string | null;
  /** What is wrong with the content, found at the desk or by the hub. */
  problems: FieldProblem[];
  failure: DeskRequestFailure | null;
  receipt: CaseReceipt | null;
  /** The visit the last filed request was for (null: none). */
  filedFor: string | null;
}

export type DeskRequestEvent =
  | { type: 'catalog.retry' }
  /** `problems`: what the desk's own checks found; empty to send. */
  | { type: 'request.submit'; body: DeskRequestBody; problems: FieldProblem[] }
  | { type: 'request.new' };

const notProvided = async (): Promise<never> => {
  throw new Error('deskRequest actor was not provided');
};

/** The hub's field problems when it refused the content, else null. */
export function hubProblems(error: unknown): FieldProblem[] | null {
  if (!(error instanceof HubError) || error.code !== 'invalid-request') return null;
  return error.problems && error.problems.length > 0 ? error.problems : null;
}

export function failureOf(error: unknown): DeskRequestFailure {
  if (error instanceof HubUnreachableError) return { kind: 'unreachable', message: null };
  if (error instanceof HubError && error.status < 500 && error.code !== 'internal') {
    return { kind: 'refused', message: error.message || null };
  }
  if (error instanceof HubError && error.code === 'unavailable')
    return { kind: 'unreachable', message: null };
  return { kind: 'failed', message: null };
}

type Submit = Extract<DeskRequestEvent, { type: 'request.submit' }>;

export const deskRequestMachine = setup({
  types: {
    context: {} as DeskRequestContext,
    events: {} as DeskRequestEvent,
    input: {} as DeskRequestInput,
  },
  actors: {
    loadCatalog: fromPromise<CaseCatalog>(notProvided),
    submitRequest: fromPromise<SubmitCaseRequestResult, SubmitCaseRequestBody>(notProvided),
  },
  guards: {
    hasProblems: ({ event }) => (event as Submit).problems.length > 0,
  },
  actions: {
    showProblems: assign(({ event }) => ({ problems: (event as Submit).problems, failure: null })),
    beginSubmit: assign(({ context, event }) => {
      const { body } = event as Submit;
      const capturedAt = context.capturedAt ?? body.capturedAt;
      return {
        problems: [],
        failure: null,
        capturedAt,
        sending: { ...body, capturedAt, requestId: context.requestId, handOver: false },
      };
    }),
  },
}).createMachine({
  id: 'deskRequest',
  context: ({ input }) => ({
    newRequestId: input.newRequestId,
    catalog: null,
    requestId: input.newRequestId(),
    sending: null,
    capturedAt: null,
    problems: [],
    failure: null,
    receipt: null,
    filedFor: null,
  }),
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'loadCatalog',
        onDone: { target: 'ready', actions: assign({ catalog: ({ event }) => event.output }) },
        onError: { target: 'catalogFailed' },
      },
    },
    catalogFailed: {
      on: { 'catalog.retry': { target: 'loading' } },
    },
    ready: {
      initial: 'editing',
      states: {
        editing: {
          on: {
            'request.submit': [
              { guard: 'hasProblems', actions: 'showProblems' },
              { target: 'submitting', actions: 'beginSubmit' },
            ],
          },
        },
        submitting: {
          invoke: {
            src: 'submitRequest',
            input: ({ context }) => context.sending as SubmitCaseRequestBody,
            onDone: {
              target: 'submitted',
              actions: assign(({ context, event }) => ({
                receipt: event.output.receipt,
                filedFor: context.sending?.ticketId ?? null,
                sending: null,
              })),
            },
            onError: [
              {
                guard: ({ event }) => hubProblems(event.error) !== null,
                target: 'editing',
                actions: assign(({ event }) => ({ problems: hubProblems(event.error) ?? [], sending: null })),
              },
              {
                target: 'editing',
                actions: assign(({ event }) => ({ failure: failureOf(event.error), sending: null })),
              },
            ],
          },
        },
        submitted: {
          on: {
            'request.new': {
              target: 'editing',
              actions: assign(({ context }) => ({
                requestId: context.newRequestId(),
                capturedAt: null,
                receipt: null,
                filedFor: null,
                problems: [],
                failure: null,
              })),
            },
          },
        },
      },
    },
  },
});
