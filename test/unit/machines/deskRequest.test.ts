// The desk's "File a request" lifecycle: the catalog loads (or Try again), the desk's own problems keep the form,
// a submit carries one request id and capture time for the whole form (a retry after an unknown outcome or a
// refusal reuses both), the hub's field problems come back as problems, and "File another" starts afresh.
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import type {
  CaseCatalog,
  SubmitCaseRequestBody,
  SubmitCaseRequestResult,
} from '../../../machines/contracts/caseRequests.js';
import { HubError, HubUnreachableError } from '../../../machines/contracts/hubClient.js';
import { type DeskRequestBody, deskRequestMachine, failureOf } from '../../../machines/deskRequest.js';
import { catalog } from '../renderer/desk/request/catalogFixture.js';

const requestIds = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'];

const body = (capturedAt = '2026-11-26T18:00:00.000Z'): DeskRequestBody => ({
  serviceCode: 'streetlight-out',
  answers: {},
  location: { kind: 'here' },
  description: 'Out since Tuesday',
  contact: null,
  language: 'en',
  capturedAt,
  ticketId: '00000000-0000-4000-8000-000000000001',
});

const result = (requestId: string): SubmitCaseRequestResult =>
  ({
    receipt: {
      requestId,
      localReference: 'R-0000-0000',
      statusToken: 'abcdefghijklmnopqrstuvwxyz',
      statusUrl: 'https://lobby.example.org/request/abcdefghijklmnopqrstuvwxyz',
      state: 'queued',
      caseId: null,
    },
  }) as SubmitCaseRequestResult;

/** A machine whose hub calls answer from the given scripts, in order; records what was sent. */
function harness(
  catalogAnswers: (() => Promise<CaseCatalog>)[],
  submitAnswers: ((sent: SubmitCaseRequestBody) => Promise<SubmitCaseRequestResult>)[],
) {
  const sent: SubmitCaseRequestBody[] = [];
  let made = 0;
  const machine = deskRequestMachine.provide({
    actors: {
      loadCatalog: fromPromise<CaseCatalog>(() => {
        const next = catalogAnswers.shift();
        if (!next) throw new Error('no catalog answer scripted');
        return next();
      }),
      submitRequest: fromPromise<SubmitCaseRequestResult, SubmitCaseRequestBody>(({ input }) => {
        sent.push(input);
        const next = submitAnswers.shift();
        if (!next) throw new Error('no submit answer scripted');
        return next(input);
      }),
    },
  });
  const actor = createActor(machine, { input: { newRequestId: () => requestIds[made++] ?? 'spent' } });
  actor.start();
  return { actor, sent };
}

const settled = (actor: ReturnType<typeof harness>['actor']) =>
  waitFor(actor, (s) => !s.matches('loading') && !s.matches({ ready: 'submitting' }));

describe('deskRequest', () => {
  it('loads the catalog, and after a failure loads it again on Try again', async () => {
    const { actor } = harness(
      [() => Promise.reject(new HubUnreachableError('http://hub', null)), () => Promise.resolve(catalog)],
      [],
    );
    await settled(actor);
    expect(actor.getSnapshot().value).toBe('catalogFailed');
    actor.send({ type: 'catalog.retry' });
    await settled(actor);
    expect(actor.getSnapshot().value).toEqual({ ready: 'editing' });
    expect(actor.getSnapshot().context.catalog).toBe(catalog);
  });

  it('keeps the form with the desk’s problems and sends nothing', async () => {
    const { actor, sent } = harness([() => Promise.resolve(catalog)], []);
    await settled(actor);
    const problems = [{ field: 'serviceCode', problem: 'required' as const }];
    actor.send({ type: 'request.submit', body: body(), problems });
    expect(actor.getSnapshot().value).toEqual({ ready: 'editing' });
    expect(actor.getSnapshot().context.problems).toEqual(problems);
    expect(sent).toEqual([]);
  });

  it('sends the form under its request id and shows the receipt', async () => {
    const { actor, sent } = harness(
      [() => Promise.resolve(catalog)],
      [(b) => Promise.resolve(result(b.requestId))],
    );
    await settled(actor);
    actor.send({ type: 'request.submit', body: body(), problems: [] });
    await settled(actor);
    expect(sent).toEqual([{ ...body(), requestId: requestIds[0], handOver: false }]);
    const { context, value } = actor.getSnapshot();
    expect(value).toEqual({ ready: 'submitted' });
    expect(context.receipt?.requestId).toBe(requestIds[0]);
    expect(context.filedFor).toBe(body().ticketId);
  });

  it('retries an unknown outcome with the same request id and capture time', async () => {
    const { actor, sent } = harness(
      [() => Promise.resolve(catalog)],
      [
        () => Promise.reject(new HubUnreachableError('http://hub', null)),
        (b) => Promise.resolve(result(b.requestId)),
      ],
    );
    await settled(actor);
    actor.send({ type: 'request.submit', body: body('2026-11-26T18:00:00.000Z'), problems: [] });
    await settled(actor);
    expect(actor.getSnapshot().value).toEqual({ ready: 'editing' });
    expect(actor.getSnapshot().context.failure).toEqual({ kind: 'unreachable', message: null });
    actor.send({ type: 'request.submit', body: body('2026-11-26T18:05:00.000Z'), problems: [] });
    await settled(actor);
    expect(sent.map((b) => [b.requestId, b.capturedAt])).toEqual([
      [requestIds[0], '2026-11-26T18:00:00.000Z'],
      [requestIds[0], '2026-11-26T18:00:00.000Z'],
    ]);
    expect(actor.getSnapshot().value).toEqual({ ready: 'submitted' });
  });

  it('shows the hub’s field problems like its own, then files another request under a new id', async () => {
    const problems = [{ field: 'answers.lane', problem: 'required' as const }];
    const { actor, sent } = harness(
      [() => Promise.resolve(catalog)],
      [
        () => Promise.reject(new HubError(400, 'invalid-request', 'Answer the questions.', problems)),
        (b) => Promise.resolve(result(b.requestId)),
        (b) => Promise.resolve(result(b.requestId)),
      ],
    );
    await settled(actor);
    actor.send({ type: 'request.submit', body: body(), problems: [] });
    await settled(actor);
    expect(actor.getSnapshot().context.problems).toEqual(problems);
    expect(actor.getSnapshot().context.failure).toBeNull();
    actor.send({ type: 'request.submit', body: body(), problems: [] });
    await settled(actor);
    actor.send({ type: 'request.new' });
    expect(actor.getSnapshot().context.receipt).toBeNull();
    actor.send({ type: 'request.submit', body: body('2026-11-26T19:00:00.000Z'), problems: [] });
    await settled(actor);
    expect(sent.map((b) => [b.requestId, b.capturedAt])).toEqual([
      [requestIds[0], '2026-11-26T18:00:00.000Z'],
      [requestIds[0], '2026-11-26T18:00:00.000Z'],
      [requestIds[1], '2026-11-26T19:00:00.000Z'],
    ]);
  });

  it('words other failures: a refusal with the hub’s sentence, a 503 as unreachable, the rest as failed', () => {
    expect(failureOf(new HubError(404, 'not-found', 'No such visit today.'))).toEqual({
      kind: 'refused',
      message: 'No such visit today.',
    });
    expect(failureOf(new HubError(503, 'unavailable', 'busy'))).toEqual({
      kind: 'unreachable',
      message: null,
    });
    expect(failureOf(new HubError(500, 'internal', 'boom'))).toEqual({ kind: 'failed', message: null });
    expect(failureOf(new Error('other'))).toEqual({ kind: 'failed', message: null });
  });
});
