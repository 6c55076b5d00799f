// POST /api/counters/:counterId/{sign-in,break,back,sign-out}: a staff member's session at a counter.
import type { FastifyInstance } from 'fastify';
import { BreakBody, type CounterState, EmptyBody, hubApi } from '../../../machines/contracts/index.js';
import { actorOf, staffActorOf } from './actorOf.js';
import { parseInput } from './apiErrors.js';
import { CounterParams } from './pathParams.js';
import type { RouteDeps } from './routeDeps.js';

type CounterResult = Promise<{ counter: CounterState }>;

export function registerCounterSignIn(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.counterSignIn.path, async (request): CounterResult => {
    const { counterId } = parseInput(CounterParams, request.params, 'path');
    parseInput(EmptyBody, request.body ?? {}, 'body');
    return queue.signIn({ counterId, by: staffActorOf(request) });
  });
}

export function registerCounterBreak(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.counterBreak.path, async (request): CounterResult => {
    const { counterId } = parseInput(CounterParams, request.params, 'path');
    const { reason } = parseInput(BreakBody, request.body ?? {}, 'body');
    return queue.startBreak({ counterId, reason, by: actorOf(request) });
  });
}

export function registerCounterBack(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.counterBack.path, async (request): CounterResult => {
    const { counterId } = parseInput(CounterParams, request.params, 'path');
    parseInput(EmptyBody, request.body ?? {}, 'body');
    return queue.endBreak({ counterId, by: actorOf(request) });
  });
}

export function registerCounterSignOut(app: FastifyInstance, { queue }: RouteDeps): void {
  app.post(hubApi.counterSignOut.path, async (request): CounterResult => {
    const { counterId } = parseInput(CounterParams, request.params, 'path');
    parseInput(EmptyBody, request.body ?? {}, 'body');
    return queue.signOut({ counterId, by: actorOf(request) });
  });
}
