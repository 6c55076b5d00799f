// Kiosk request flow review and sending: change from review, the Send check, an invalid refusal that keeps
// every answer and lands on the problem, and retries that reuse the request id.
import { describe, expect, it } from 'vitest';
import type { SubmitRequestInput, SubmitRequestResult } from '../../../../machines/contracts/kioskApi.js';
import { deferred } from '../kioskFlow/harness.js';
import { submitResultFor } from './fixtures.js';
import { answerPotholeToReview, cursorOf, inState, startRequestFlow } from './harness.js';

const refusal = (problems: unknown) =>
  Object.assign(new Error('invalid'), { code: 'invalid-request', problems });
const unavailable = () => Object.assign(new Error('down'), { code: 'unavailable' });

describe('caseRequestFlow change from review', () => {
  it('returns to review after changing one answer, and Back during a change returns too', async () => {
    const { actor } = startRequestFlow();
    await answerPotholeToReview(actor);
    actor.send({ type: 'review.change', step: { kind: 'question', page: 1 } });
    expect(cursorOf(actor)).toEqual({ kind: 'question', page: 1 });
    actor.send({ type: 'answer.given', value: '9' });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.answers.depth).toBe('9');
    actor.send({ type: 'review.change', step: { kind: 'location' } });
    actor.send({ type: 'request.back' });
    expect(actor.getSnapshot().value).toBe('review');
  });

  it('walks the questions of a newly chosen service, then returns to review', async () => {
    const { actor } = startRequestFlow();
    await answerPotholeToReview(actor);
    actor.send({ type: 'review.change', step: { kind: 'category' } });
    actor.send({ type: 'category.chosen', serviceCode: 'POTHOLE' });
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'review.change', step: { kind: 'category' } });
    actor.send({ type: 'category.chosen', serviceCode: 'LIGHT' });
    expect(cursorOf(actor)).toEqual({ kind: 'question', page: 0 });
    expect(actor.getSnapshot().context.answers).toEqual({});
    actor.send({ type: 'answer.given', value: '' });
    actor.send({ type: 'answer.given', value: 'Dark all night' });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.description).toBe('Deep one by the bus stop');
  });

  it('checks everything at Send and lands on the first screen with a problem', async () => {
    const { actor, calls } = startRequestFlow();
    await answerPotholeToReview(actor);
    actor.send({ type: 'review.change', step: { kind: 'description' } });
    actor.send({ type: 'description.given', description: 'y'.repeat(3901) });
    actor.send({ type: 'request.back' });
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'request.send' });
    expect(actor.getSnapshot().value).toBe('description');
    expect(actor.getSnapshot().context.problems).toEqual([{ field: 'description', problem: 'too-long' }]);
    expect(calls).toEqual([]);
    actor.send({ type: 'description.given', description: 'Short now' });
    expect(actor.getSnapshot().value).toBe('review');
  });
});

describe('caseRequestFlow sending', () => {
  it('on an invalid refusal lands on the problem field, keeps every answer, and a change makes a new request id', async () => {
    let answer = async (_: SubmitRequestInput): Promise<SubmitRequestResult> => {
      throw refusal([{ field: 'answers.lanes', problem: 'not-an-option' }]);
    };
    const { actor, calls } = startRequestFlow({ submitRequest: (input) => answer(input) });
    await answerPotholeToReview(actor);
    const before = actor.getSnapshot().context;
    actor.send({ type: 'request.send' });
    await inState(actor, 'question');
    const after = actor.getSnapshot().context;
    expect(after.cursor).toEqual({ kind: 'question', page: 2 });
    expect(after.problems).toEqual([{ field: 'answers.lanes', problem: 'not-an-option' }]);
    expect([after.answers, after.location, after.description]).toEqual([
      before.answers,
      before.location,
      before.description,
    ]);

    answer = async (input) => submitResultFor(input);
    actor.send({ type: 'answer.given', value: ['bike'] });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.problems).toEqual([]);
    actor.send({ type: 'request.send' });
    await inState(actor, 'done');
    expect(calls.map((c) => c.requestId)).toEqual([
      '00000000-0000-4000-8000-000000000001',
      '00000000-0000-4000-8000-000000000002',
    ]);
    expect(calls[1]?.answers.lanes).toEqual(['bike']);
  });

  it('names the service when the agent no longer knows it, and shows a refusal without fields on review', async () => {
    const errors = [Object.assign(new Error('gone'), { code: 'unknown-service' }), refusal(undefined)];
    const { actor } = startRequestFlow({ submitRequest: async () => Promise.reject(errors.shift()) });
    await answerPotholeToReview(actor);
    actor.send({ type: 'request.send' });
    await inState(actor, 'category');
    expect(actor.getSnapshot().context.problems).toEqual([
      { field: 'serviceCode', problem: 'unknown-service' },
    ]);
    actor.send({ type: 'category.chosen', serviceCode: 'POTHOLE' });
    actor.send({ type: 'request.send' });
    await inState(actor, 'review');
    expect(actor.getSnapshot().context.problems).toEqual([{ field: 'request', problem: 'invalid' }]);
  });

  it('when unavailable, Try again reuses the request id and capture time, then shows the result', async () => {
    const second = deferred<void>();
    let n = 0;
    const { actor, clock, calls } = startRequestFlow({
      submitRequest: async (input) => {
        n += 1;
        if (n === 1) throw unavailable();
        await second.promise;
        return submitResultFor(input, { offline: true });
      },
    });
    await answerPotholeToReview(actor);
    actor.send({ type: 'request.send' });
    await inState(actor, 'failed');
    expect(actor.getSnapshot().context.failure).toBe('unavailable');
    clock.increment(60_000);
    actor.send({ type: 'request.back' });
    expect(actor.getSnapshot().value).toBe('review');
    actor.send({ type: 'request.send' });
    expect(actor.getSnapshot().value).toBe('submitting');
    second.resolve();
    await inState(actor, 'done');
    expect(calls).toHaveLength(2);
    expect(calls[1]?.requestId).toBe(calls[0]?.requestId);
    expect(actor.getSnapshot().output?.offline).toBe(true);
  });

  it('Try again on the failed screen sends the very same request', async () => {
    let fail = true;
    const { actor, calls } = startRequestFlow({
      submitRequest: async (input) => {
        if (fail) throw unavailable();
        return submitResultFor(input);
      },
    });
    await answerPotholeToReview(actor);
    actor.send({ type: 'request.send' });
    await inState(actor, 'failed');
    fail = false;
    actor.send({ type: 'request.retry' });
    await inState(actor, 'done');
    expect(calls[1]).toEqual(calls[0]);
  });
});
