// Kiosk "Find information" flow: topics grouped plainly and searchable, one topic per screen, a printed referral
// slip, and "Talk to someone" (which becomes a ticket for the information desk). Invoked by the kiosk flow, which
// owns idle reset, Start over and emergencies, and records the anonymous visit however the part ends.
//
// Lifecycle:
//   loading     — asks the agent for the information content (the hub's published version or its stored copy).
//   failed      — no content: "please see the front desk"; Back leaves (output `back`), Done ends (`done`).
//   browse      — the groups in order with their topics, and a search box (results, or "nothing found").
//   topic       — one topic (what, where, hours, phone, web); Print this, Talk to someone (only when a desk
//                 service exists for it), Back to topics, Done.
//   printing    — the printReferral call; then `printed`, or `printFailed` (no printer or a fault: the screen
//                 says to take a photo of the screen or ask at the desk; Print this tries again). Both still
//                 offer Talk to someone, Back to the topic and Done.
//   done, back, ticket — final; the output says which, with the visit record.
// The visit record (InfoVisit) starts when the content loads; every change is reported to `reportTo`.
import { assertEvent, assign, enqueueActions, fromPromise, setup } from 'xstate';
import type { InfoContent } from './contracts/info.js';
import type { PrintOutcome, PrintReferralInput } from './contracts/kioskApi.js';
import {
  currentTopic,
  deskServiceFor,
  type InfoFlowContext,
  type InfoFlowEvent,
  type InfoFlowInput,
  type InfoFlowOutput,
  infoOutput,
  initialInfoContext,
  type PrintFailure,
  printInput,
  startVisit,
  ticketChosen,
  topicOpened,
  topicPrinted,
} from './infoFlow/infoContext.js';

export * from './infoFlow/infoContext.js';
export * from './infoFlow/topicSearch.js';

const notProvided = (name: string) => async (): Promise<never> => {
  throw new Error(`information actor "${name}" was not provided`);
};

export const infoFlowMachine = setup({
  types: {
    context: {} as InfoFlowContext,
    events: {} as InfoFlowEvent,
    input: {} as InfoFlowInput,
    output: {} as InfoFlowOutput,
  },
  actors: {
    loadInfoContent: fromPromise<InfoContent>(notProvided('loadInfoContent')),
    printReferral: fromPromise<PrintOutcome, PrintReferralInput>(notProvided('printReferral')),
  },
  actions: {
    reportVisit: enqueueActions(({ context, enqueue }) => {
      if (context.reportTo && context.visit) {
        enqueue.sendTo(context.reportTo, { type: 'info.visit', visit: context.visit });
      }
    }),
    storeContent: assign(({ context }, content: InfoContent) => startVisit(context, content)),
    storeQuery: assign(({ event }) => {
      assertEvent(event, 'info.search');
      return { query: event.query };
    }),
    openTopic: assign(({ context, event }) => {
      assertEvent(event, 'info.topic');
      return topicOpened(context, event.topicId);
    }),
    markPrinted: assign(({ context }) => topicPrinted(context)),
    storePrintFailure: assign((_, printFailure: PrintFailure) => ({ printFailure })),
    markTicket: assign(({ context }) => ({ ...ticketChosen(context), ending: 'ticket' as const })),
    end: assign((_, ending: 'done' | 'back') => ({ ending })),
  },
  guards: {
    hasTopics: (_, content: InfoContent) => content.topics.length > 0,
    isKnownTopic: ({ context, event }) =>
      event.type === 'info.topic' && (context.content?.topics.some((t) => t.id === event.topicId) ?? false),
    hasDesk: ({ context }) => deskServiceFor(currentTopic(context), context.site) !== null,
    printedOk: (_, outcome: PrintOutcome) => outcome.ok,
  },
}).createMachine({
  id: 'infoFlow',
  context: ({ input }) => initialInfoContext(input),
  initial: 'loading',
  output: ({ context }) => infoOutput(context),
  states: {
    loading: {
      invoke: {
        id: 'loadInfoContent',
        src: 'loadInfoContent',
        onDone: [
          {
            guard: { type: 'hasTopics', params: ({ event }) => event.output },
            target: 'browse',
            actions: [{ type: 'storeContent', params: ({ event }) => event.output }, 'reportVisit'],
          },
          { target: 'failed' },
        ],
        onError: 'failed',
      },
      on: { 'info.back': { target: 'back', actions: { type: 'end', params: 'back' } } },
    },
    failed: {
      on: {
        'info.back': { target: 'back', actions: { type: 'end', params: 'back' } },
        'info.done': { target: 'done', actions: { type: 'end', params: 'done' } },
      },
    },
    browse: {
      on: {
        'info.search': { actions: 'storeQuery' },
        'info.topic': { guard: 'isKnownTopic', target: 'topic', actions: ['openTopic', 'reportVisit'] },
        'info.back': { target: 'back', actions: { type: 'end', params: 'back' } },
        'info.done': { target: 'done', actions: { type: 'end', params: 'done' } },
      },
    },
    topic: {
      on: {
        'info.print': 'printing',
        'info.talk': { guard: 'hasDesk', target: 'ticket', actions: ['markTicket', 'reportVisit'] },
        'info.back': 'browse',
        'info.done': { target: 'done', actions: { type: 'end', params: 'done' } },
      },
    },
    printing: {
      invoke: {
        id: 'printReferral',
        src: 'printReferral',
        input: ({ context }) => printInput(context),
        onDone: [
          {
            guard: { type: 'printedOk', params: ({ event }) => event.output },
            target: 'printed',
            actions: ['markPrinted', 'reportVisit'],
          },
          {
            target: 'printFailed',
            actions: {
              type: 'storePrintFailure',
              params: ({ event }) => (event.output.ok ? 'failed' : event.output.reason),
            },
          },
        ],
        onError: { target: 'printFailed', actions: { type: 'storePrintFailure', params: 'failed' } },
      },
    },
    printed: {
      on: {
        'info.talk': { guard: 'hasDesk', target: 'ticket', actions: ['markTicket', 'reportVisit'] },
        'info.back': 'topic',
        'info.done': { target: 'done', actions: { type: 'end', params: 'done' } },
      },
    },
    printFailed: {
      on: {
        'info.print': 'printing',
        'info.talk': { guard: 'hasDesk', target: 'ticket', actions: ['markTicket', 'reportVisit'] },
        'info.back': 'topic',
        'info.done': { target: 'done', actions: { type: 'end', params: 'done' } },
      },
    },
    done: { type: 'final' },
    back: { type: 'final' },
    ticket: { type: 'final' },
  },
});

export type InfoFlowMachine = typeof infoFlowMachine;
