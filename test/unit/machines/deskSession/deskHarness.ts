// Test harness for the desk session: scripted hub answers per command kind, every command recorded.
import { createActor, fromPromise, waitFor } from 'xstate';
import type { CounterState } from '../../../../machines/contracts/floor.js';
import type { Ticket } from '../../../../machines/contracts/ticket.js';
import {
  type DeskCommand,
  type DeskEvent,
  deskSessionMachine,
  type HubCommandInput,
  type HubCommandOutput,
} from '../../../../machines/deskSession.js';
import { newVisit } from '../../../../machines/queue/newVisit.js';
import { testSiteConfig } from '../../../support/siteConfig.js';

export const userId = '00000000-0000-4000-8000-0000000000aa';
export const otherUserId = '00000000-0000-4000-8000-0000000000bb';
export const site = testSiteConfig();

export function ticket(extra: Partial<Ticket> = {}): Ticket {
  return {
    ...newVisit({
      id: '00000000-0000-4000-8000-000000000042',
      number: 'A042',
      queueId: 'utility',
      serviceId: 'utility-bills',
      language: 'es',
      needs: { interpreter: null, accessibility: [] },
      priorityClass: 'standard',
      serviceDay: '2026-11-26',
      issuedAt: '2026-11-26T17:00:00.000Z',
    }),
    status: 'called',
    calledAt: '2026-11-26T17:05:00.000Z',
    lastCalledAt: '2026-11-26T17:05:00.000Z',
    counterId: 'counter-3',
    callCount: 1,
    ...extra,
  };
}

export function counter(status: CounterState['status'], staffUserId: string | null = userId): CounterState {
  return {
    counterId: 'counter-3',
    status,
    staffUserId: status === 'closed' ? null : staffUserId,
    staffName: status === 'closed' ? null : 'Dana Desk',
    since: '2026-11-26T16:00:00.000Z',
    breakReason: status === 'break' ? 'meal' : null,
  };
}

export const answer = (extra: Partial<HubCommandOutput>): HubCommandOutput => ({
  ticket: null,
  counter: null,
  explanation: null,
  ...extra,
});

type Script = (input: HubCommandInput) => HubCommandOutput | Error;

/** Desk machine whose hub answers come from `scripts`, in order; `commands` records what it sent. */
export function harness(scripts: Script[], counterId: string | null = 'counter-3') {
  const commands: DeskCommand[] = [];
  const queue = scripts.slice();
  let n = 0;
  const actor = createActor(
    deskSessionMachine.provide({
      actors: {
        hubCommand: fromPromise<HubCommandOutput, HubCommandInput>(async ({ input }) => {
          commands.push(input.command);
          const next = queue.shift();
          if (!next) throw new Error(`unexpected ${input.command.kind}`);
          const result = next(input);
          if (result instanceof Error) throw result;
          return result;
        }),
      },
    }),
    { input: { counterId, userId, rules: site, newRequestId: () => `request-${++n}` } },
  ).start();
  const send = (event: DeskEvent) => actor.send(event);
  /** Waits until no command is in flight. */
  const settled = () => waitFor(actor, (s) => !s.matches('working'), { timeout: 2000 });
  const state = () => actor.getSnapshot();
  let seq = 0;
  /** The stream reports this counter's session and visitor. */
  const stream = (c: CounterState | null, t: Ticket | null = null) =>
    send({ type: 'view.changed', counterId: 'counter-3', seq: ++seq, counter: c, ticket: t });
  return { actor, commands, send, settled, state, stream };
}

/** A desk signed in at counter 3 with nobody at the counter (the stream said so). */
export function openDesk(scripts: Script[] = []) {
  const h = harness(scripts);
  h.stream(counter('open'));
  return h;
}
