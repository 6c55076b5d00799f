// Kiosk visit flow: one visitor's journey from "Start" to a ticket number, with idle reset and error recovery.
//
// Lifecycle:
//   loading      — asks the kiosk agent for its setup (site, languages, services, timings).
//   outOfService — the setup could not be loaded; "please see the front desk"; retries after `setupRetry`.
//   welcome      — the attract screen; entering it wipes everything the last visitor entered.
//   visit        — the questions, one per screen (language → service → needs [→ interpreter | accessibility]
//                  → confirm), in parallel with an idle watcher: no input for `idleWarning` opens a warning
//                  that "I need more time" dismisses (again and again); `idleGrace` more returns to welcome.
//                  The service screen asks the hub which services take visitors (people ahead, estimated
//                  wait) when it opens and every `intakeRefresh`; a closed service cannot be chosen. The
//                  confirm screen asks again, and refuses to confirm a service that has closed meanwhile.
//   issuing      — the takeTicket call is in flight; never times out (the visitor may be printing). A
//                  `service-closed` refusal (the service closed after the visitor chose it) returns to the
//                  confirm screen, which says so and offers the other services.
//   ticket       — shows the number and people ahead; back to welcome after `ticketShown`.
//   issueFailed  — the hub or printer path failed; "Try again" reuses the same request id, so a retry never
//                  makes a second ticket; "Start over" (or `failedShown` without input) returns to welcome.
import { assertEvent, assign, fromPromise, setup } from 'xstate';
import type { Intake } from './contracts/floor.js';
import type { KioskSetup, TakeTicketInput, TakeTicketResult } from './contracts/kioskApi.js';
import type { Needs } from './contracts/ticket.js';
import { INTAKE_REFRESH_MS, isChoosable } from './kioskFlow/intakeView.js';
import {
  blankVisit,
  classifyIssueError,
  type IssueErrorKind,
  initialContext,
  type KioskFlowContext,
  type KioskFlowEvent,
  type KioskFlowInput,
  kioskTimings,
  SETUP_RETRY_MS,
  takeTicketInput,
  toggleNeed,
} from './kioskFlow/visitContext.js';

export * from './kioskFlow/intakeView.js';
export * from './kioskFlow/visitContext.js';

const notProvided = (name: string) => async (): Promise<never> => {
  throw new Error(`kiosk actor "${name}" was not provided`);
};

/** Re-enters the idle watcher's `active` state, which restarts its `idleWarning` delay. */
const restartIdle = { target: 'active', reenter: true } as const;

/** Asks the hub for the intake when a screen opens; a failure leaves no figures (every service offered). */
const fetchIntake = {
  src: 'loadIntake',
  onDone: {
    actions: { type: 'storeIntake', params: ({ event }: { event: { output: Intake } }) => event.output },
  },
  onError: { actions: { type: 'storeIntake', params: () => null } },
} as const;

export const kioskFlowMachine = setup({
  types: {
    context: {} as KioskFlowContext,
    events: {} as KioskFlowEvent,
    input: {} as KioskFlowInput,
  },
  actors: {
    loadSetup: fromPromise<KioskSetup>(notProvided('loadSetup')),
    takeTicket: fromPromise<TakeTicketResult, TakeTicketInput>(notProvided('takeTicket')),
    loadIntake: fromPromise<Intake>(notProvided('loadIntake')),
  },
  actions: {
    storeSetup: assign((_, params: { setup: KioskSetup }) => ({
      setup: params.setup,
      ...blankVisit(params.setup),
    })),
    wipeVisit: assign(({ context }) => blankVisit(context.setup)),
    storeLanguage: assign(({ event }) => {
      assertEvent(event, 'language.chosen');
      return { language: event.language };
    }),
    storeService: assign(({ event }) => {
      assertEvent(event, 'service.chosen');
      // A new choice is a new request: a refused one (service closed) must not be reused.
      return { serviceId: event.serviceId, requestId: null, issueError: null };
    }),
    storeIntake: assign((_, intake: Intake | null) => ({ intake })),
    storeInterpreter: assign(({ context, event }) => {
      assertEvent(event, 'interpreter.chosen');
      return { needs: { ...context.needs, interpreter: event.interpreter } satisfies Needs };
    }),
    toggleAccessibility: assign(({ context, event }) => {
      assertEvent(event, 'accessibility.toggled');
      return {
        needs: { ...context.needs, accessibility: toggleNeed(context.needs.accessibility, event.need) },
      };
    }),
    ensureRequestId: assign(({ context }) => ({ requestId: context.requestId ?? context.newRequestId() })),
    storeResult: assign((_, params: { result: TakeTicketResult }) => ({
      result: params.result,
      issueError: null,
    })),
    storeIssueError: assign((_, params: { kind: IssueErrorKind }) => ({ issueError: params.kind })),
  },
  guards: {
    isSiteLanguage: ({ context, event }) =>
      event.type === 'language.chosen' && (context.setup?.site.languages.includes(event.language) ?? false),
    isSiteService: ({ context, event }) =>
      event.type === 'service.chosen' &&
      (context.setup?.site.services.some((s) => s.id === event.serviceId) ?? false) &&
      isChoosable(context.intake, event.serviceId),
    canConfirm: ({ context }) =>
      context.issueError !== 'service-closed' && isChoosable(context.intake, context.serviceId),
    isServiceClosed: (_, params: { error: unknown }) => classifyIssueError(params.error) === 'service-closed',
  },
  delays: {
    idleWarning: ({ context }) => kioskTimings(context).idleWarningSeconds * 1000,
    idleGrace: ({ context }) => kioskTimings(context).idleGraceSeconds * 1000,
    ticketShown: ({ context }) => kioskTimings(context).ticketShownSeconds * 1000,
    failedShown: ({ context }) => {
      const timings = kioskTimings(context);
      return (timings.idleWarningSeconds + timings.idleGraceSeconds) * 1000;
    },
    setupRetry: SETUP_RETRY_MS,
    intakeRefresh: INTAKE_REFRESH_MS,
  },
}).createMachine({
  id: 'kioskFlow',
  context: ({ input }) => initialContext(input),
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        id: 'loadSetup',
        src: 'loadSetup',
        onDone: {
          target: 'welcome',
          actions: { type: 'storeSetup', params: ({ event }) => ({ setup: event.output }) },
        },
        onError: 'outOfService',
      },
    },
    outOfService: {
      after: { setupRetry: 'loading' },
    },
    welcome: {
      entry: 'wipeVisit',
      on: {
        'visit.start': 'visit',
        'language.open': 'visit',
        'language.chosen': {
          guard: 'isSiteLanguage',
          target: '#kioskFlow.visit.step.service',
          actions: 'storeLanguage',
        },
      },
    },
    visit: {
      type: 'parallel',
      on: { 'visit.restart': 'welcome' },
      states: {
        step: {
          initial: 'language',
          on: { 'language.open': '.language' },
          states: {
            language: {
              on: {
                'language.chosen': { guard: 'isSiteLanguage', target: 'service', actions: 'storeLanguage' },
                'visit.back': '#kioskFlow.welcome',
              },
            },
            service: {
              invoke: fetchIntake,
              after: { intakeRefresh: { target: 'service', reenter: true } },
              on: {
                'service.chosen': { guard: 'isSiteService', target: 'needs', actions: 'storeService' },
                'visit.back': 'language',
              },
            },
            needs: {
              on: {
                'needs.chosen': 'confirm',
                'interpreter.open': 'interpreter',
                'accessibility.open': 'accessibility',
                'visit.back': 'service',
              },
            },
            interpreter: {
              on: {
                'interpreter.chosen': { target: 'needs', actions: 'storeInterpreter' },
                'visit.back': 'needs',
              },
            },
            accessibility: {
              on: {
                'accessibility.toggled': { actions: 'toggleAccessibility' },
                'accessibility.done': 'needs',
                'visit.back': 'needs',
              },
            },
            confirm: {
              invoke: fetchIntake,
              on: {
                'visit.confirm': {
                  guard: 'canConfirm',
                  target: '#kioskFlow.issuing',
                  actions: 'ensureRequestId',
                },
                'service.change': 'service',
                'visit.back': 'needs',
              },
            },
          },
        },
        idle: {
          initial: 'active',
          states: {
            active: {
              after: { idleWarning: 'warning' },
              // Every touch, key or answer restarts the wait (not `visit.restart`: that leaves the visit).
              on: {
                activity: restartIdle,
                'language.open': restartIdle,
                'language.chosen': restartIdle,
                'service.chosen': restartIdle,
                'service.change': restartIdle,
                'interpreter.open': restartIdle,
                'interpreter.chosen': restartIdle,
                'accessibility.open': restartIdle,
                'accessibility.toggled': restartIdle,
                'accessibility.done': restartIdle,
                'needs.chosen': restartIdle,
                'visit.back': restartIdle,
              },
            },
            warning: {
              after: { idleGrace: '#kioskFlow.welcome' },
              on: { 'idle.extend': 'active' },
            },
          },
        },
      },
    },
    issuing: {
      invoke: {
        id: 'takeTicket',
        src: 'takeTicket',
        input: ({ context }) => takeTicketInput(context),
        onDone: {
          target: 'ticket',
          actions: { type: 'storeResult', params: ({ event }) => ({ result: event.output }) },
        },
        onError: [
          {
            guard: { type: 'isServiceClosed', params: ({ event }) => ({ error: event.error }) },
            target: '#kioskFlow.visit.step.confirm',
            actions: { type: 'storeIssueError', params: { kind: 'service-closed' } },
          },
          {
            target: 'issueFailed',
            actions: {
              type: 'storeIssueError',
              params: ({ event }) => ({ kind: classifyIssueError(event.error) }),
            },
          },
        ],
      },
    },
    ticket: {
      after: { ticketShown: 'welcome' },
      on: { 'visit.restart': 'welcome' },
    },
    issueFailed: {
      after: { failedShown: 'welcome' },
      on: { 'visit.retry': 'issuing', 'visit.restart': 'welcome' },
    },
  },
});

export type KioskFlowMachine = typeof kioskFlowMachine;
