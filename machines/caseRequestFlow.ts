// Kiosk "Report a problem" flow: one visitor's walk-in service request, one question per screen, from the
// case store's catalog to a saved request. Invoked by the kiosk flow (which owns idle reset and restart).
//
// Lifecycle:
//   loadingCatalog     — asks the agent for the catalog (services and their questions).
//   catalogUnavailable — no catalog: reporting is not available at this kiosk now; "Get a ticket instead" leaves.
//   category           — the services grouped and searchable; choosing one leads to its questions.
//   question           — one page per question of the service (`cursor.page`), informational lines as notes;
//                        a trailing "Please note" page when notes come last. Required ones cannot be skipped.
//   location           — here (the site's building) or a typed address.
//   description        — "Tell us more" (required only when the service asks no questions).
//   contact            — optional contact details.
//   review             — every answer with "Change" (which returns here), then Send. Send checks everything
//                        first and lands on the first screen with a problem; the request id is made at the first
//                        Send and reused by every retry (a new one only after an invalid refusal and a change).
//   submitting         — the submitRequest call; an invalid refusal lands on the first problem screen with
//                        every answer kept; anything else is `failed` ("Try again" reuses the request id).
//   done               — final: output is the SubmitRequestResult. exited — final: output null (the visitor
//                        went back past the first screen or chose a ticket instead).
//   route              — transient: moves to the screen in `cursor` (set by the Continue/Back/Change actions).
import { assertEvent, assign, fromPromise, setup } from 'xstate';
import {
  contactProblems,
  contentProblems,
  descriptionProblem,
  locationProblem,
  submitFailureOf,
  submitInput,
} from './caseRequestFlow/content.js';
import {
  type CaseRequestFlowContext,
  type CaseRequestFlowEvent,
  type CaseRequestFlowInput,
  initialContext,
  type StepKind,
} from './caseRequestFlow/flowContext.js';
import {
  answerGiven,
  backward,
  contactGiven,
  contentChecked,
  currentPage,
  currentQuestion,
  descriptionGiven,
  forward,
  locationGiven,
  refusalShown,
  serviceChosen,
} from './caseRequestFlow/updates.js';
import { answerProblem } from './caseRequests/validateRequest.js';
import type { CaseCatalog } from './contracts/caseRequests.js';
import type { SubmitRequestInput, SubmitRequestResult } from './contracts/kioskApi.js';

export * from './caseRequestFlow/catalogSearch.js';
export * from './caseRequestFlow/catalogText.js';
export * from './caseRequestFlow/content.js';
export * from './caseRequestFlow/flowContext.js';
export * from './caseRequestFlow/questionPages.js';
export * from './caseRequestFlow/steps.js';
export { currentPage, currentQuestion } from './caseRequestFlow/updates.js';

const notProvided = (name: string) => async (): Promise<never> => {
  throw new Error(`request actor "${name}" was not provided`);
};

/** One `always` transition of the routing state per screen. */
const routeTo = (kind: StepKind, target: string) => ({
  guard: ({ context }: { context: CaseRequestFlowContext }) => context.cursor.kind === kind,
  target,
});

export const caseRequestFlowMachine = setup({
  types: {
    context: {} as CaseRequestFlowContext,
    events: {} as CaseRequestFlowEvent,
    input: {} as CaseRequestFlowInput,
    output: {} as SubmitRequestResult | null,
  },
  actors: {
    loadCatalog: fromPromise<CaseCatalog>(notProvided('loadCatalog')),
    submitRequest: fromPromise<SubmitRequestResult, SubmitRequestInput>(notProvided('submitRequest')),
  },
  actions: {
    storeCatalog: assign((_, catalog: CaseCatalog) => ({ catalog })),
    storeQuery: assign(({ event }) => {
      assertEvent(event, 'search.changed');
      return { query: event.query };
    }),
    storeService: assign(({ context, event }) => {
      assertEvent(event, 'category.chosen');
      return serviceChosen(context, event.serviceCode);
    }),
    storeAnswer: assign(({ context, event }) => {
      assertEvent(event, ['answer.given', 'answer.skipped']);
      return answerGiven(context, event.type === 'answer.given' ? event.value : undefined);
    }),
    storeLocation: assign(({ context, event }) => {
      assertEvent(event, 'location.given');
      return locationGiven(context, event.location);
    }),
    storeDescription: assign(({ context, event }) => {
      assertEvent(event, 'description.given');
      return descriptionGiven(context, event.description);
    }),
    storeContact: assign(({ context, event }) => {
      assertEvent(event, ['contact.given', 'contact.skipped']);
      return contactGiven(context, event.type === 'contact.given' ? event.contact : null);
    }),
    goForward: assign(({ context }) => forward(context)),
    goBack: assign(({ context }) => backward(context)),
    changeFromReview: assign(({ event }) => {
      assertEvent(event, 'review.change');
      return { cursor: event.step, returnToReview: true, walkQuestions: false };
    }),
    showContentProblems: assign(({ context }) => contentChecked(context)),
    stampRequest: assign(({ context }) => ({
      requestId: context.requestId ?? context.newRequestId(),
      capturedAt: context.now().toISOString(),
      problems: [],
      failure: null,
    })),
    showRefusal: assign(({ context }, params: { error: unknown }) => refusalShown(context, params.error)),
    markUnavailable: assign({ failure: 'unavailable' as const }),
    storeResult: assign((_, result: SubmitRequestResult) => ({ result })),
  },
  guards: {
    hasServices: (_, catalog: CaseCatalog) => catalog.services.length > 0,
    isKnownService: ({ context, event }) =>
      event.type === 'category.chosen' &&
      (context.catalog?.services.some((s) => s.code === event.serviceCode) ?? false),
    isAcceptableAnswer: ({ context, event }) => {
      const attribute = currentQuestion(context);
      return (
        event.type === 'answer.given' && attribute !== null && answerProblem(attribute, event.value) === null
      );
    },
    isOptionalQuestion: ({ context }) => currentQuestion(context)?.required === false,
    isNotePage: ({ context }) => currentPage(context)?.attribute === null,
    isAcceptableLocation: ({ event }) =>
      event.type === 'location.given' && locationProblem(event.location) === null,
    isAcceptableDescription: ({ context, event }) =>
      event.type === 'description.given' && descriptionProblem(context, event.description) === null,
    isAcceptableContact: ({ event }) =>
      event.type === 'contact.given' && contactProblems(event.contact).length === 0,
    isReadyToSend: ({ context }) => contentProblems(context).length === 0,
    isRefusal: (_, params: { error: unknown }) => submitFailureOf(params.error).kind === 'invalid',
  },
}).createMachine({
  id: 'caseRequestFlow',
  context: ({ input }) => initialContext(input),
  initial: 'loadingCatalog',
  output: ({ context }) => context.result,
  states: {
    loadingCatalog: {
      invoke: {
        id: 'loadCatalog',
        src: 'loadCatalog',
        onDone: [
          {
            guard: { type: 'hasServices', params: ({ event }) => event.output },
            target: 'category',
            actions: { type: 'storeCatalog', params: ({ event }) => event.output },
          },
          { target: 'catalogUnavailable' },
        ],
        onError: 'catalogUnavailable',
      },
      on: { 'request.back': 'exited' },
    },
    catalogUnavailable: {
      on: { 'request.ticketInstead': 'exited', 'request.back': 'exited' },
    },
    route: {
      always: [
        routeTo('exit', 'exited'),
        routeTo('category', 'category'),
        routeTo('question', 'question'),
        routeTo('location', 'location'),
        routeTo('description', 'description'),
        routeTo('contact', 'contact'),
        routeTo('review', 'review'),
      ],
    },
    category: {
      on: {
        'search.changed': { actions: 'storeQuery' },
        'category.chosen': {
          guard: 'isKnownService',
          target: 'route',
          actions: ['storeService', 'goForward'],
        },
        'request.back': { target: 'route', actions: 'goBack' },
      },
    },
    question: {
      on: {
        'answer.given': [
          { guard: 'isAcceptableAnswer', target: 'route', actions: ['storeAnswer', 'goForward'] },
          { actions: 'storeAnswer' },
        ],
        'answer.skipped': {
          guard: 'isOptionalQuestion',
          target: 'route',
          actions: ['storeAnswer', 'goForward'],
        },
        'note.read': { guard: 'isNotePage', target: 'route', actions: 'goForward' },
        'request.back': { target: 'route', actions: 'goBack' },
      },
    },
    location: {
      on: {
        'location.given': [
          { guard: 'isAcceptableLocation', target: 'route', actions: ['storeLocation', 'goForward'] },
          { actions: 'storeLocation' },
        ],
        'request.back': { target: 'route', actions: 'goBack' },
      },
    },
    description: {
      on: {
        'description.given': [
          { guard: 'isAcceptableDescription', target: 'route', actions: ['storeDescription', 'goForward'] },
          { actions: 'storeDescription' },
        ],
        'request.back': { target: 'route', actions: 'goBack' },
      },
    },
    contact: {
      on: {
        'contact.given': [
          { guard: 'isAcceptableContact', target: 'route', actions: ['storeContact', 'goForward'] },
          { actions: 'storeContact' },
        ],
        'contact.skipped': { target: 'route', actions: ['storeContact', 'goForward'] },
        'request.back': { target: 'route', actions: 'goBack' },
      },
    },
    review: {
      on: {
        'review.change': { target: 'route', actions: 'changeFromReview' },
        'request.send': [
          { guard: 'isReadyToSend', target: 'submitting', actions: 'stampRequest' },
          { target: 'route', actions: 'showContentProblems' },
        ],
        'request.back': { target: 'route', actions: 'goBack' },
      },
    },
    submitting: {
      invoke: {
        id: 'submitRequest',
        src: 'submitRequest',
        input: ({ context }) => submitInput(context),
        onDone: { target: 'done', actions: { type: 'storeResult', params: ({ event }) => event.output } },
        onError: [
          {
            guard: { type: 'isRefusal', params: ({ event }) => ({ error: event.error }) },
            target: 'route',
            actions: { type: 'showRefusal', params: ({ event }) => ({ error: event.error }) },
          },
          { target: 'failed', actions: 'markUnavailable' },
        ],
      },
    },
    failed: {
      on: {
        'request.retry': 'submitting',
        'request.back': { target: 'review', actions: assign({ cursor: { kind: 'review' } as const }) },
      },
    },
    done: { type: 'final' },
    exited: { type: 'final' },
  },
});

export type CaseRequestFlowMachine = typeof caseRequestFlowMachine;
