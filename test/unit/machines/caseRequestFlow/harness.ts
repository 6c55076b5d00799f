// Runs the request flow with in-memory actors and a simulated clock, and answers its screens for the tests.
import { expect } from 'vitest';
import { createActor, fromPromise, SimulatedClock, waitFor } from 'xstate';
import { caseRequestFlowMachine } from '../../../../machines/caseRequestFlow.js';
import type { CaseCatalog } from '../../../../machines/contracts/caseRequests.js';
import type { SubmitRequestInput, SubmitRequestResult } from '../../../../machines/contracts/kioskApi.js';
import { sequentialIds } from '../kioskFlow/fixtures.js';
import { submitResultFor, testCatalog } from './fixtures.js';

/** 2026-03-09 09:00 in Portland. */
export const START = Date.parse('2026-03-09T17:00:00.000Z');

export interface RequestFlowOptions {
  loadCatalog?: () => Promise<CaseCatalog>;
  submitRequest?: (input: SubmitRequestInput) => Promise<SubmitRequestResult>;
  language?: string;
}

export function startRequestFlow(opts: RequestFlowOptions = {}) {
  const clock = new SimulatedClock();
  clock.set(START);
  const calls: SubmitRequestInput[] = [];
  const submit = opts.submitRequest ?? (async (input) => submitResultFor(input));
  const machine = caseRequestFlowMachine.provide({
    actors: {
      loadCatalog: fromPromise(opts.loadCatalog ?? (async () => testCatalog())),
      submitRequest: fromPromise(async ({ input }: { input: SubmitRequestInput }) => {
        calls.push(input);
        return submit(input);
      }),
    },
  });
  const actor = createActor(machine, {
    clock,
    input: {
      language: opts.language ?? 'en',
      newRequestId: sequentialIds(),
      now: () => new Date(clock.now()),
    },
  });
  actor.start();
  return { actor, clock, calls };
}

export type RequestActor = ReturnType<typeof startRequestFlow>['actor'];

export const inState = (actor: RequestActor, state: string) =>
  waitFor(actor, (s) => s.matches(state as never));

export const cursorOf = (actor: RequestActor) => actor.getSnapshot().context.cursor;

/** Answers every pothole question acceptably and stops on review (location here, no contact). */
export async function answerPotholeToReview(actor: RequestActor) {
  await inState(actor, 'category');
  actor.send({ type: 'category.chosen', serviceCode: 'POTHOLE' });
  actor.send({ type: 'answer.given', value: 'small' });
  actor.send({ type: 'answer.given', value: '4' });
  actor.send({ type: 'answer.given', value: ['car'] });
  actor.send({ type: 'answer.given', value: '2026-03-01' });
  actor.send({ type: 'note.read' });
  actor.send({ type: 'location.given', location: { kind: 'here' } });
  actor.send({ type: 'description.given', description: 'Deep one by the bus stop' });
  actor.send({ type: 'contact.skipped' });
  expect(actor.getSnapshot().value).toBe('review');
}
