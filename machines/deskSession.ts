// Desk (counter) session: choose a counter, call the next visitor, then recall / no-show / complete them.
//
// Lifecycle:
//   choosingCounter — no counter yet (or staff asked to change it).
//   idle            — at a counter, nobody being served; `Call next` starts a call.
//   calling         — the callNext command is in flight (carries a request id; a retry of the same press
//                     after an unknown outcome reuses it, so the hub never calls two visitors for one press).
//   serving         — a visitor is called to this counter; recall, no-show or complete (with an outcome).
//   recalling / markingNoShow / completing — that command is in flight; then back to serving or idle.
// Errors never change the lifecycle silently: they land in `context.error` for the screen to explain.
import { assign, fromPromise, setup } from 'xstate';
import type { Ticket } from './contracts/ticket.js';
import { classifyDeskError, type DeskError, outcomeUnknown } from './deskSession/deskErrors.js';

export type { DeskError, DeskErrorKind } from './deskSession/deskErrors.js';

/** A short confirmation the screen announces in its status region. */
export interface DeskNotice {
  kind: 'called' | 'recalled' | 'noShow' | 'completed';
  ticketNumber: string;
}

export interface DeskContext {
  counterId: string | null;
  /** Request id of the current Call next press; kept after an unknown outcome so a retry reuses it. */
  requestId: string | null;
  ticket: Ticket | null;
  error: DeskError | null;
  notice: DeskNotice | null;
  newRequestId: () => string;
}

export interface DeskInput {
  /** A remembered counter (already checked against the site config), or null to ask. */
  counterId: string | null;
  /** Makes a fresh UUID for each Call next press (injected: machines read no randomness). */
  newRequestId: () => string;
}

export type DeskEvent =
  | { type: 'counter.chosen'; counterId: string }
  | { type: 'counter.change' }
  | { type: 'serving.resumed'; ticket: Ticket }
  | { type: 'call.next' }
  | { type: 'ticket.recall' }
  | { type: 'ticket.noShow' }
  | { type: 'ticket.complete'; outcomeId: string }
  | { type: 'error.dismiss' };

export interface CallNextInput {
  counterId: string;
  requestId: string;
}
export interface RecallInput {
  ticketId: string;
  counterId: string;
}
export interface NoShowInput {
  ticketId: string;
}
export interface CompleteInput {
  ticketId: string;
  outcomeId: string;
}

const notProvided = (name: string) => async (): Promise<Ticket> => {
  throw new Error(`desk actor "${name}" was not provided`);
};

export const deskSessionMachine = setup({
  types: {
    context: {} as DeskContext,
    events: {} as DeskEvent,
    input: {} as DeskInput,
  },
  actors: {
    callNext: fromPromise<Ticket, CallNextInput>(notProvided('callNext')),
    recall: fromPromise<Ticket, RecallInput>(notProvided('recall')),
    noShow: fromPromise<Ticket, NoShowInput>(notProvided('noShow')),
    complete: fromPromise<Ticket, CompleteInput>(notProvided('complete')),
  },
  guards: {
    hasCounter: ({ context }) => context.counterId !== null,
    hasOutcome: ({ event }) => event.type === 'ticket.complete' && event.outcomeId.length > 0,
    ticketGone: ({ context }) => context.error?.kind === 'taken-elsewhere',
  },
  actions: {
    clearMessages: assign({ error: null, notice: null }),
    ensureRequestId: assign({ requestId: ({ context }) => context.requestId ?? context.newRequestId() }),
    requireOutcome: assign({ error: { kind: 'outcome-required', message: null }, notice: null }),
    forgetTicket: assign({ ticket: null }),
  },
}).createMachine({
  id: 'deskSession',
  context: ({ input }) => ({
    counterId: input.counterId,
    requestId: null,
    ticket: null,
    error: null,
    notice: null,
    newRequestId: input.newRequestId,
  }),
  initial: 'starting',
  on: { 'error.dismiss': { actions: assign({ error: null }) } },
  states: {
    starting: {
      always: [{ guard: 'hasCounter', target: 'idle' }, { target: 'choosingCounter' }],
    },
    choosingCounter: {
      on: {
        'counter.chosen': {
          target: 'idle',
          actions: [assign({ counterId: ({ event }) => event.counterId, requestId: null }), 'clearMessages'],
        },
      },
    },
    idle: {
      on: {
        'call.next': { target: 'calling', actions: ['clearMessages', 'ensureRequestId'] },
        'serving.resumed': { target: 'serving', actions: assign({ ticket: ({ event }) => event.ticket }) },
        'counter.change': { target: 'choosingCounter', actions: 'clearMessages' },
      },
    },
    calling: {
      invoke: {
        id: 'callNext',
        src: 'callNext',
        input: ({ context }) => ({ counterId: context.counterId ?? '', requestId: context.requestId ?? '' }),
        onDone: {
          target: 'serving',
          actions: assign({
            ticket: ({ event }) => event.output,
            requestId: null,
            notice: ({ event }) => ({ kind: 'called' as const, ticketNumber: event.output.number }),
          }),
        },
        onError: {
          target: 'idle',
          actions: [
            assign({ error: ({ event }) => classifyDeskError(event.error, 'callNext') }),
            assign({
              requestId: ({ context }) =>
                context.error && outcomeUnknown(context.error) ? context.requestId : null,
            }),
          ],
        },
      },
    },
    serving: {
      on: {
        'ticket.recall': { target: 'recalling', actions: 'clearMessages' },
        'ticket.noShow': { target: 'markingNoShow', actions: 'clearMessages' },
        'ticket.complete': [
          { guard: 'hasOutcome', target: 'completing', actions: 'clearMessages' },
          { actions: 'requireOutcome' },
        ],
      },
    },
    recalling: {
      invoke: {
        id: 'recall',
        src: 'recall',
        input: ({ context }) => ({ ticketId: context.ticket?.id ?? '', counterId: context.counterId ?? '' }),
        onDone: {
          target: 'serving',
          actions: assign({
            ticket: ({ event }) => event.output,
            notice: ({ event }) => ({ kind: 'recalled' as const, ticketNumber: event.output.number }),
          }),
        },
        onError: {
          target: 'afterFailure',
          actions: assign({ error: ({ event }) => classifyDeskError(event.error, 'recall') }),
        },
      },
    },
    markingNoShow: {
      invoke: {
        id: 'noShow',
        src: 'noShow',
        input: ({ context }) => ({ ticketId: context.ticket?.id ?? '' }),
        onDone: {
          target: 'idle',
          actions: [
            assign({
              notice: ({ event }) => ({ kind: 'noShow' as const, ticketNumber: event.output.number }),
            }),
            'forgetTicket',
          ],
        },
        onError: {
          target: 'afterFailure',
          actions: assign({ error: ({ event }) => classifyDeskError(event.error, 'noShow') }),
        },
      },
    },
    completing: {
      invoke: {
        id: 'complete',
        src: 'complete',
        input: ({ context, event }) => ({
          ticketId: context.ticket?.id ?? '',
          outcomeId: event.type === 'ticket.complete' ? event.outcomeId : '',
        }),
        onDone: {
          target: 'idle',
          actions: [
            assign({
              notice: ({ event }) => ({ kind: 'completed' as const, ticketNumber: event.output.number }),
            }),
            'forgetTicket',
          ],
        },
        onError: {
          target: 'afterFailure',
          actions: assign({ error: ({ event }) => classifyDeskError(event.error, 'complete') }),
        },
      },
    },
    afterFailure: {
      always: [{ guard: 'ticketGone', target: 'idle', actions: 'forgetTicket' }, { target: 'serving' }],
    },
  },
});

export type DeskSessionMachine = typeof deskSessionMachine;
