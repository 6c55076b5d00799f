// Runs the kiosk flow with in-memory actors on a simulated clock, for the scenario tests.
import { expect } from 'vitest';
import { createActor, fromPromise, SimulatedClock, waitFor } from 'xstate';
import type { Intake } from '../../../../machines/contracts/floor.js';
import type {
  KioskSetup,
  TakeTicketInput,
  TakeTicketResult,
} from '../../../../machines/contracts/kioskApi.js';
import { kioskFlowMachine } from '../../../../machines/kioskFlow.js';
import { portlandSetup, sequentialIds, ticketResultFor } from './fixtures.js';

const setup = portlandSetup();

export type TakeTicket = (input: TakeTicketInput) => Promise<TakeTicketResult>;

export interface FlowOptions {
  takeTicket?: TakeTicket;
  loadSetup?: () => Promise<KioskSetup>;
  /** The hub's intake answer; by default the hub cannot be reached (no figures, every service offered). */
  loadIntake?: () => Promise<Intake>;
}

export function startFlow(opts: FlowOptions = {}) {
  const clock = new SimulatedClock();
  const calls: TakeTicketInput[] = [];
  const intakeCalls: number[] = [];
  const takeTicket: TakeTicket = opts.takeTicket ?? (async (input) => ticketResultFor(input));
  const machine = kioskFlowMachine.provide({
    actors: {
      loadSetup: fromPromise(opts.loadSetup ?? (async () => setup)),
      loadIntake: fromPromise(async () => {
        intakeCalls.push(clock.now());
        if (!opts.loadIntake) throw new Error('hub unreachable');
        return opts.loadIntake();
      }),
      takeTicket: fromPromise(async ({ input }: { input: TakeTicketInput }) => {
        calls.push(input);
        return takeTicket(input);
      }),
    },
  });
  const actor = createActor(machine, { clock, input: { newRequestId: sequentialIds() } });
  actor.start();
  return { actor, clock, calls, intakeCalls };
}

export type FlowActor = ReturnType<typeof startFlow>['actor'];

export const inState = (actor: FlowActor, state: string) => waitFor(actor, (s) => s.matches(state as never));

/** Waits until the flow holds an intake answer that satisfies `check` (any answer by default). */
export const intakeSettled = (
  actor: FlowActor,
  check: (intake: Intake | null) => boolean = (intake) => intake !== null,
) => waitFor(actor, (s) => check(s.context.intake));

export async function answerUpToConfirm(actor: FlowActor) {
  await inState(actor, 'welcome');
  actor.send({ type: 'visit.start' });
  actor.send({ type: 'language.chosen', language: 'es' });
  actor.send({ type: 'service.chosen', serviceId: 'permits' });
  actor.send({ type: 'needs.chosen' });
  expect(actor.getSnapshot().matches({ visit: { step: 'confirm' } })).toBe(true);
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}
