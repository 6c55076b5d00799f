// Desk (counter) session: choose and sign in to a counter, then call, serve and close visits, take breaks and
// sign out. Every hub command runs through one injected actor, `hubCommand` (see deskSession/deskCommand.ts).
//
// Lifecycle:
//   connecting        — a remembered counter, waiting for the staff stream to say how it stands.
//   choosingCounter   — no counter yet (or staff asked to change it); choosing one signs in to it.
//   signedOut         — at a counter not signed in by this user: Sign in (or change counter).
//   onBreak           — signed in, on a break: Back, or sign out.
//   open.free / open.called / open.serving — signed in; nobody held, a visitor called, a visitor served.
//   confirmingSignOut — signing out would end a visit (served or parked here): confirm or cancel.
//   working           — one command is in flight. Call next, Call (a ticket) and Walk-in carry a request id; a
//                       retry of the same press after an unknown outcome reuses it, so the hub never acts twice.
// The staff stream (`view.changed`) is the truth about the counter and its visitor, once it has caught up with
// this desk's own last command. Errors never change the lifecycle silently: they land in `context.error`.
// While the stream is lost (`stream.lost` until `stream.restored`, i.e. until a fresh snapshot) every hub
// command is paused: see `paused` below.
import { assign, fromPromise, setup } from 'xstate';
import { draftCommand } from './deskSession/deskChecks.js';
import {
  type DeskCommand,
  type HubCommandInput,
  type HubCommandOutput,
  requestIdFor,
  ticketAfter,
} from './deskSession/deskCommand.js';
import { adopt, type DeskContext, type DeskInput, mine } from './deskSession/deskContext.js';
import { classifyDeskError, localError, outcomeUnknown } from './deskSession/deskErrors.js';
import type { DeskEvent } from './deskSession/deskEvents.js';

export type { DeskRules } from './deskSession/deskChecks.js';
export type {
  DeskCommand,
  DeskNotice,
  HubCommandInput,
  HubCommandOutput,
  WalkInVisit,
} from './deskSession/deskCommand.js';
export type { DeskContext, DeskInput } from './deskSession/deskContext.js';
export type { DeskError, DeskErrorKind } from './deskSession/deskErrors.js';
export type { DeskEvent } from './deskSession/deskEvents.js';

const notProvided = async (): Promise<HubCommandOutput> => {
  throw new Error('desk actor "hubCommand" was not provided');
};

/**
 * While the staff stream is lost, a press is dropped here: it is never queued and never replayed when the stream
 * returns. A queued desk action could call or close a visitor who has left or been served elsewhere meanwhile;
 * the screen disables its buttons and says why, and staff press again once the list is fresh.
 */
const paused = { guard: 'streamLost' } as const;
const runNow = { target: '#deskSession.working', actions: 'beginCommand' } as const;
/** Send the press to the hub (unless paused). */
const run = [paused, runNow] as const;
/** Send it if the desk's checks pass, else explain what is missing. */
const checked = [
  paused,
  { guard: 'commandReady', target: '#deskSession.working', actions: 'beginCommand' },
  { actions: 'rejectCommand' },
] as const;
const finishFirst = { actions: 'finishFirst' } as const;
const signOut = [
  paused,
  { guard: 'endsVisits', target: '#deskSession.confirmingSignOut', actions: 'askSignOut' },
  runNow,
] as const;

export const deskSessionMachine = setup({
  types: {
    context: {} as DeskContext,
    events: {} as DeskEvent,
    input: {} as DeskInput,
  },
  actors: {
    hubCommand: fromPromise<HubCommandOutput, HubCommandInput>(notProvided),
  },
  guards: {
    streamLost: ({ context }) => context.streamLost,
    noCounter: ({ context }) => context.counterId === null,
    notSynced: ({ context }) => context.seen === null && context.counter === null,
    notMine: ({ context }) => !mine(context),
    onBreak: ({ context }) => context.counter?.status === 'break',
    called: ({ context }) => context.ticket?.status === 'called',
    serving: ({ context }) => context.ticket?.status === 'serving',
    commandReady: ({ context, event }) => draftCommand(event, context.ticket, context.rules)?.ok === true,
    endsVisits: ({ context, event }) =>
      event.type === 'counter.signOut' && (context.ticket?.status === 'serving' || event.parkedCount > 0),
  },
  actions: {
    beginCommand: assign(({ context, event }) => {
      const draft = draftCommand(event, context.ticket, context.rules);
      if (!draft?.ok) return {};
      const { command } = draft;
      const withId: DeskCommand =
        'requestId' in command
          ? { ...command, requestId: requestIdFor(context.unsettled, command, context.newRequestId) }
          : command;
      return {
        command: withId,
        error: null,
        notice: null,
        ...(event.type === 'counter.chosen'
          ? { counterId: event.counterId, counter: null, ticket: null, seen: null, trustFrom: 0 }
          : {}),
      };
    }),
    rejectCommand: assign(({ context, event }) => {
      const draft = draftCommand(event, context.ticket, context.rules);
      return { error: draft && !draft.ok ? draft.error : null, notice: null };
    }),
    finishFirst: assign(({ context }) => ({
      error: localError('finish-first', context.ticket?.number ?? null),
      notice: null,
    })),
    see: assign(({ context, event }) => {
      if (event.type !== 'view.changed' || event.counterId !== context.counterId) return {};
      return { seen: { seq: event.seq, counter: event.counter, ticket: event.ticket } };
    }),
    adoptSeen: assign(({ context }) => adopt(context)),
    askSignOut: assign(({ event }) => ({
      parkedAtSignOut: event.type === 'counter.signOut' ? event.parkedCount : 0,
      error: null,
      notice: null,
    })),
  },
}).createMachine({
  id: 'deskSession',
  context: ({ input }) => ({
    counterId: input.counterId,
    userId: input.userId,
    rules: input.rules,
    counter: null,
    ticket: null,
    seen: null,
    trustFrom: 0,
    command: null,
    unsettled: null,
    explanation: null,
    parkedAtSignOut: 0,
    error: null,
    notice: null,
    streamLost: false,
    newRequestId: input.newRequestId,
  }),
  initial: 'route',
  on: {
    'error.dismiss': { actions: assign({ error: null }) },
    'view.changed': { actions: 'see' },
    'stream.lost': { actions: assign({ streamLost: true }) },
    'stream.restored': { actions: assign({ streamLost: false }) },
  },
  states: {
    route: {
      always: [
        { guard: 'noCounter', target: 'choosingCounter' },
        { guard: 'notSynced', target: 'connecting' },
        { guard: 'notMine', target: 'signedOut' },
        { guard: 'onBreak', target: 'onBreak' },
        { target: 'open' },
      ],
    },
    connecting: {
      on: {
        'view.changed': { target: 'route', actions: ['see', 'adoptSeen'] },
        'counter.change': { target: 'choosingCounter' },
      },
    },
    choosingCounter: {
      on: {
        'counter.chosen': run,
      },
    },
    signedOut: {
      on: {
        'view.changed': { target: 'route', actions: ['see', 'adoptSeen'] },
        'counter.signIn': run,
        'counter.change': { target: 'choosingCounter', actions: assign({ error: null, notice: null }) },
      },
    },
    onBreak: {
      on: {
        'view.changed': { target: 'route', actions: ['see', 'adoptSeen'] },
        'counter.back': run,
        'counter.signOut': signOut,
        'ticket.note': checked,
      },
    },
    open: {
      initial: 'pick',
      on: {
        'view.changed': { target: 'route', actions: ['see', 'adoptSeen'] },
        'counter.signOut': signOut,
        'ticket.note': checked,
      },
      states: {
        pick: {
          always: [
            { guard: 'called', target: 'called' },
            { guard: 'serving', target: 'serving' },
            { target: 'free' },
          ],
        },
        free: {
          on: {
            'call.next': run,
            'call.ticket': run,
            'ticket.resume': run,
            walkIn: run,
            'counter.break': run,
          },
        },
        called: {
          on: {
            'call.next': run,
            'call.ticket': run,
            'ticket.recall': run,
            'ticket.arrive': run,
            'ticket.noShow': run,
            'ticket.left': run,
            'ticket.recycle': run,
            'ticket.transfer': checked,
            'ticket.complete': checked,
            'ticket.resume': finishFirst,
            walkIn: finishFirst,
            'counter.break': finishFirst,
          },
        },
        serving: {
          on: {
            'ticket.park': run,
            'ticket.left': run,
            'ticket.recycle': run,
            'ticket.transfer': checked,
            'ticket.complete': checked,
            'call.next': finishFirst,
            'call.ticket': finishFirst,
            'ticket.resume': finishFirst,
            walkIn: finishFirst,
            'counter.break': finishFirst,
          },
        },
      },
    },
    confirmingSignOut: {
      on: {
        'signOut.confirm': run,
        'signOut.cancel': { target: 'route' },
      },
    },
    working: {
      invoke: {
        id: 'hubCommand',
        src: 'hubCommand',
        input: ({ context }) => ({
          counterId: context.counterId ?? '',
          command: context.command ?? { kind: 'signIn' },
        }),
        onDone: {
          target: 'route',
          actions: assign(({ context, event }) => {
            const command = context.command ?? { kind: 'signIn' as const };
            const { ticket, counter, explanation } = event.output;
            return {
              ticket: ticketAfter(context.ticket, command, event.output, context.counterId ?? ''),
              counter: counter ?? context.counter,
              explanation: command.kind === 'callNext' ? explanation : context.explanation,
              notice: { kind: command.kind, ticketNumber: ticket?.number ?? null },
              trustFrom: (context.seen?.seq ?? 0) + 1,
              command: null,
              unsettled: null,
            };
          }),
        },
        onError: {
          target: 'route',
          actions: [
            assign(({ context, event }) => {
              const error = classifyDeskError(event.error, context.command?.kind ?? 'signIn');
              return { error, unsettled: outcomeUnknown(error) ? context.command : null, command: null };
            }),
            'adoptSeen',
          ],
        },
      },
    },
  },
});

export type DeskSessionMachine = typeof deskSessionMachine;
