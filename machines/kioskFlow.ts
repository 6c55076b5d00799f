// Kiosk visit flow: one visitor's journey from "Start" to a ticket number, with idle reset and error recovery.
//
// Lifecycle:
//   loading       — asks the kiosk agent for its setup (site, languages, services, timings).
//   unavailable   — the setup could not be loaded; "please see the front desk"; retries after `setupRetry`.
//   welcome       — the attract screen; entering it wipes everything the last visitor entered. Asks the agent
//                   for its status on entry and every `statusRefresh` (a printer that cannot print shows a
//                   notice; the visitor can still take a ticket). A ticket scan shows `scanStatus`.
//   closedByStaff — facilities took the kiosk out of service: their message, other kiosks, the front desk.
//                   Asks for the status every `statusRefresh` and returns to welcome when the notice is lifted.
//                   Only welcome moves here: a visit in progress always finishes.
//   scanStatus    — a scanned ticket's place in line (or why it could not be read); back to welcome after
//                   `scanShown` or on Done.
//   visit         — the questions, one per screen (language → purpose → service → needs [→ interpreter |
//                   accessibility] → confirm; or language → purpose → request, the "Report a problem" flow
//                   invoked as its own machine; or language → purpose → info, the "Find information" flow, whose
//                   "Talk to someone" continues at needs with the desk service), in parallel with an idle watcher: no input for `idleWarning` opens a warning
//                   that "I need more time" dismisses (again and again); `idleGrace` more returns to welcome.
//                   The service screen asks the hub which services take visitors (people ahead, estimated
//                   wait) when it opens and every `intakeRefresh`; a closed service cannot be chosen. The
//                   confirm screen asks again, and refuses to confirm a service that has closed meanwhile.
//   issuing       — the takeTicket call is in flight (the status is asked once more alongside it); never times
//                   out (the visitor may be printing). A `service-closed` refusal (the service closed after
//                   the visitor chose it) returns to the confirm screen, which says so and offers the others.
//   ticket        — shows the number and people ahead (none when the agent issued it offline without a recent
//                   picture of the queue); back to welcome after `ticketShown` (twice as long when nothing
//                   printed: the visitor must remember the number).
//   requestReceipt — a saved service request: its reference; back to welcome after `receiptShown` (twice as long
//                   when nothing printed) or on Done.
//   issueFailed   — the hub or printer path failed; "Try again" reuses the same request id, so a retry never
//                   makes a second ticket; "Start over" (or `failedShown` without input) returns to welcome.
//                   `lease-exhausted` (hub unreachable, no offline numbers left for the queue) sends the
//                   visitor to the front desk.
//   emergency     — an emergency notice shows: a full-screen message replaces the flow from ANY state and wipes
//                   the visit; when no emergency shows any more, back to welcome (or loading without a setup).
// Display and access modes (`modes.set`: large text, high contrast, seated layout, audio) switch in any state
// but loading and unavailable (no visit to keep them for); on welcome the first switch starts the visit, so the
// idle watcher covers it and the reset wipes it. The idle delays grow with the active modes (`idleTimeoutsFor`).
// The scanner watcher (`waitForScan`) runs at the root, in every state; scans outside welcome are ignored.
// The notices watcher (`watchNotices`) runs at the root too; the notices are kept across visitors and checked
// again by the flow's own timer whenever the showing set can change (a start, an end, a closing time).
import { assertEvent, assign, enqueueActions, fromCallback, fromPromise, setup } from 'xstate';
import { caseRequestFlowMachine } from './caseRequestFlow.js';
import type { Intake } from './contracts/floor.js';
import type { InfoVisit } from './contracts/info.js';
import type {
  KioskSetup,
  KioskStatus,
  RecordInfoVisitResult,
  SubmitRequestResult,
  TakeTicketInput,
  TakeTicketResult,
} from './contracts/kioskApi.js';
import type { Needs } from './contracts/ticket.js';
import { type InfoFlowOutput, infoFlowMachine } from './infoFlow.js';
import { idleTimeoutsFor, withMode } from './kioskFlow/accessModes.js';
import { emergencyState, noticeHandlers } from './kioskFlow/emergencyState.js';
import { fetchIntake, fetchStatus, storeStatusOnly, whenClosed } from './kioskFlow/fetchInvokes.js';
import { idleWatcher } from './kioskFlow/idleWatcher.js';
import { infoStep } from './kioskFlow/infoStep.js';
import { INTAKE_REFRESH_MS, isChoosable } from './kioskFlow/intakeView.js';
import {
  isClosedByStaff,
  isUnprinted,
  SCAN_SHOWN_MS,
  STATUS_REFRESH_MS,
  UNPRINTED_TICKET_FACTOR,
} from './kioskFlow/kioskStatusView.js';
import { emergencyShowing, nextNoticeCheckMs, noticesAfter, noticesAt } from './kioskFlow/noticesView.js';
import type { NoticesRetry } from './kioskFlow/noticesWatcher.js';
import { purposeSteps } from './kioskFlow/purposeSteps.js';
import type { ScanRetry } from './kioskFlow/scanWatcher.js';
import { ticketSteps } from './kioskFlow/ticketSteps.js';
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
  type VisitPurpose,
} from './kioskFlow/visitContext.js';

export * from './kioskFlow/accessModes.js';
export * from './kioskFlow/intakeView.js';
export * from './kioskFlow/kioskStatusView.js';
export * from './kioskFlow/noticesView.js';
export * from './kioskFlow/noticesWatcher.js';
export * from './kioskFlow/scanWatcher.js';

export * from './kioskFlow/visitContext.js';

const notProvided = (name: string) => async (): Promise<never> => {
  throw new Error(`kiosk actor "${name}" was not provided`);
};

/** The scanner watcher's default: the app provides `scanWatcher(bridge.waitForScan)`. */
const scannerNotProvided = fromCallback<ScanRetry>(() => {
  throw new Error('kiosk actor "waitForScan" was not provided');
});

/** The notices watcher's default: the app provides `noticesWatcher(bridge.waitForNotices)`. */
const noticesNotProvided = fromCallback<NoticesRetry>(() => {
  throw new Error('kiosk actor "watchNotices" was not provided');
});

/** Recorder ids start with this; their failures are ignored (the agent queues visits while the hub is away). */
const RECORD_INFO_VISIT = 'recordInfoVisit';

/** The id of the flow's own timer that checks the notices again when the showing set can change. */
const NOTICE_CHECK_ID = 'notices.check';

export const kioskFlowMachine = setup({
  types: {
    context: {} as KioskFlowContext,
    events: {} as KioskFlowEvent,
    input: {} as KioskFlowInput,
    children: {} as { caseRequest: 'caseRequestFlow'; information: 'infoFlow' },
  },
  actors: {
    loadSetup: fromPromise<KioskSetup>(notProvided('loadSetup')),
    takeTicket: fromPromise<TakeTicketResult, TakeTicketInput>(notProvided('takeTicket')),
    loadIntake: fromPromise<Intake>(notProvided('loadIntake')),
    loadStatus: fromPromise<KioskStatus>(notProvided('loadStatus')),
    waitForScan: scannerNotProvided,
    /** The "Report a problem" flow; the app provides its `loadCatalog` and `submitRequest` actors. */
    caseRequestFlow: caseRequestFlowMachine,
    /** The "Find information" flow; the app provides its `loadInfoContent` and `printReferral` actors. */
    infoFlow: infoFlowMachine,
    /** Sends one anonymous information visit; fire and forget (the agent queues it while the hub is away). */
    recordInfoVisit: fromPromise<RecordInfoVisitResult, InfoVisit>(notProvided('recordInfoVisit')),
    watchNotices: noticesNotProvided,
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
    setMode: assign(({ context, event }) => {
      assertEvent(event, 'modes.set');
      return { modes: withMode(context.modes, event.mode, event.on) };
    }),
    storeStatus: assign((_, kioskStatus: KioskStatus) => ({ kioskStatus })),
    storeScan: assign(({ event }) => {
      assertEvent(event, 'scan.received');
      return { scan: event.scan };
    }),
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
    storeRequestResult: assign((_, requestResult: SubmitRequestResult) => ({ requestResult })),
    storeNotices: assign(({ context, event }) => {
      const notices = noticesAfter(context, event);
      return { notices, ...noticesAt(notices, context.now()) };
    }),
    scheduleNoticeCheck: enqueueActions(({ context, enqueue }) => {
      enqueue.cancel(NOTICE_CHECK_ID);
      const delay = nextNoticeCheckMs(context.notices, context.now());
      if (delay !== null) enqueue.raise({ type: 'notices.tick' }, { id: NOTICE_CHECK_ID, delay });
    }),
    enterEmergency: assign(({ context }) => ({
      ...blankVisit(context.setup),
      emergencyLanguage: context.language,
    })),
    storeInfoVisit: assign(({ context }, visit: InfoVisit | null) => ({
      infoVisit: visit ?? context.infoVisit,
    })),
    storeInfoTicket: assign(({ context }, output: InfoFlowOutput) => ({
      serviceId: output.kind === 'ticket' ? output.serviceId : null,
      requestId: null,
      issueError: null,
      infoVisit: output.visit ?? context.infoVisit,
    })),
    recordInfoVisit: enqueueActions(({ context, enqueue }) => {
      if (context.infoVisit === null) return;
      enqueue.spawnChild('recordInfoVisit', {
        id: `${RECORD_INFO_VISIT}.${context.infoVisit.id}`,
        input: context.infoVisit,
      });
      enqueue.assign({ infoVisit: null });
    }),
  },
  guards: {
    isSiteLanguage: ({ context, event }) =>
      event.type === 'language.chosen' && (context.setup?.site.languages.includes(event.language) ?? false),
    isSiteService: ({ context, event }) =>
      event.type === 'service.chosen' &&
      (context.setup?.site.services.some((s) => s.id === event.serviceId) ?? false) &&
      isChoosable(context.intake, event.serviceId) &&
      context.closedEarly[event.serviceId] === undefined,
    canConfirm: ({ context }) =>
      context.issueError !== 'service-closed' &&
      isChoosable(context.intake, context.serviceId) &&
      (context.serviceId === null || context.closedEarly[context.serviceId] === undefined),
    isServiceClosed: (_, params: { error: unknown }) => classifyIssueError(params.error) === 'service-closed',
    isClosedByStaff: (_, status: KioskStatus) => isClosedByStaff(status),
    isPurpose: ({ event }, purpose: VisitPurpose) =>
      event.type === 'purpose.chosen' && event.purpose === purpose,
    isSaved: (_, result: SubmitRequestResult | null) => result !== null,
    isEmergencyShowing: ({ context, event }) => emergencyShowing(context, event),
    hasSetup: ({ context }) => context.setup !== null,
    isInfoEnding: (_, params: { output: InfoFlowOutput; kind: InfoFlowOutput['kind'] }) =>
      params.output.kind === params.kind,
  },
  delays: {
    idleWarning: ({ context }) => idleTimeoutsFor(context.modes, kioskTimings(context)).warningSeconds * 1000,
    idleGrace: ({ context }) => idleTimeoutsFor(context.modes, kioskTimings(context)).graceSeconds * 1000,
    ticketShown: ({ context }) =>
      kioskTimings(context).ticketShownSeconds *
      1000 *
      (isUnprinted(context.result) ? UNPRINTED_TICKET_FACTOR : 1),
    receiptShown: ({ context }) =>
      kioskTimings(context).ticketShownSeconds *
      1000 *
      (isUnprinted(context.requestResult) ? UNPRINTED_TICKET_FACTOR : 1),
    failedShown: ({ context }) => {
      const timeouts = idleTimeoutsFor(context.modes, kioskTimings(context));
      return (timeouts.warningSeconds + timeouts.graceSeconds) * 1000;
    },
    setupRetry: SETUP_RETRY_MS,
    intakeRefresh: INTAKE_REFRESH_MS,
    statusRefresh: STATUS_REFRESH_MS,
    scanShown: SCAN_SHOWN_MS,
  },
}).createMachine({
  id: 'kioskFlow',
  context: ({ input }) => initialContext(input),
  initial: 'loading',
  invoke: [
    { id: 'waitForScan', src: 'waitForScan' },
    { id: 'watchNotices', src: 'watchNotices' },
  ],
  on: {
    ...noticeHandlers,
    'modes.set': { actions: 'setMode' },
    // A visit the agent could not take is not the visitor's problem; the flow carries on.
    [`xstate.error.actor.${RECORD_INFO_VISIT}.*`]: { actions: [] },
  },
  states: {
    // No visit yet: a mode switched now would be wiped by welcome's entry a moment later, so it is refused.
    loading: {
      on: { 'modes.set': {} },
      invoke: {
        id: 'loadSetup',
        src: 'loadSetup',
        onDone: {
          target: 'welcome',
          actions: { type: 'storeSetup', params: ({ event }) => ({ setup: event.output }) },
        },
        onError: 'unavailable',
      },
    },
    unavailable: {
      on: { 'modes.set': {} },
      after: { setupRetry: 'loading' },
    },
    welcome: {
      entry: 'wipeVisit',
      invoke: { ...fetchStatus, onDone: [{ ...whenClosed, target: 'closedByStaff' }, storeStatusOnly] },
      after: { statusRefresh: { target: 'welcome', reenter: true } },
      on: {
        'scan.received': { target: 'scanStatus', actions: 'storeScan' },
        'visit.start': 'visit',
        'language.open': 'visit',
        'modes.set': { target: 'visit', actions: 'setMode' },
        'language.chosen': {
          guard: 'isSiteLanguage',
          target: '#kioskFlow.visit.step.purpose',
          actions: 'storeLanguage',
        },
      },
    },
    closedByStaff: {
      invoke: { ...fetchStatus, onDone: [whenClosed, { ...storeStatusOnly, target: 'welcome' }] },
      after: { statusRefresh: { target: 'closedByStaff', reenter: true } },
    },
    scanStatus: {
      after: { scanShown: 'welcome' },
      on: {
        'scan.received': { target: 'scanStatus', reenter: true, actions: 'storeScan' },
        'scan.done': 'welcome',
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
                'language.chosen': { guard: 'isSiteLanguage', target: 'purpose', actions: 'storeLanguage' },
                'visit.back': '#kioskFlow.welcome',
              },
            },
            ...purposeSteps,
            ...infoStep,
            service: {
              invoke: fetchIntake,
              after: { intakeRefresh: { target: 'service', reenter: true } },
              on: {
                'service.chosen': { guard: 'isSiteService', target: 'needs', actions: 'storeService' },
                'visit.back': 'purpose',
              },
            },
            ...ticketSteps,
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
        idle: idleWatcher,
      },
    },
    issuing: {
      invoke: [
        fetchStatus,
        {
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
      ],
    },
    ticket: {
      after: { ticketShown: 'welcome' },
      on: { 'visit.restart': 'welcome' },
    },
    requestReceipt: {
      after: { receiptShown: 'welcome' },
      on: { 'visit.restart': 'welcome' },
    },
    issueFailed: {
      after: { failedShown: 'welcome' },
      on: { 'visit.retry': 'issuing', 'visit.restart': 'welcome' },
    },
    ...emergencyState,
  },
});

export type KioskFlowMachine = typeof kioskFlowMachine;
