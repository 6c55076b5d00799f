// Kiosk request flow questions: one page per question in order, informational lines as notes, every datatype
// checked with answerProblem, required questions cannot be skipped, optional ones can.
import { describe, expect, it } from 'vitest';
import { questionPages } from '../../../../machines/caseRequestFlow.js';
import { testCatalog } from './fixtures.js';
import { cursorOf, inState, startRequestFlow } from './harness.js';

describe('question pages', () => {
  it('asks the variable attributes in order, with the informational ones as notes and a last "Please note"', () => {
    const pages = questionPages(testCatalog(), 'POTHOLE');
    expect(pages.map((p) => [p.attribute?.code ?? null, p.notes.map((n) => n.code)])).toEqual([
      ['size', ['intro']],
      ['depth', []],
      ['lanes', []],
      ['seen', []],
      [null, ['emergency']],
    ]);
    expect(questionPages(testCatalog(), 'GRAFFITI')).toEqual([]);
  });
});

describe('caseRequestFlow questions', () => {
  it('checks each datatype, keeps a refused answer with its problem, and moves on once it is acceptable', async () => {
    const { actor } = startRequestFlow();
    await inState(actor, 'category');
    actor.send({ type: 'category.chosen', serviceCode: 'POTHOLE' });
    const expectProblem = (value: string | string[], field: string, problem: string) => {
      const before = cursorOf(actor);
      actor.send({ type: 'answer.given', value });
      expect(cursorOf(actor)).toEqual(before);
      expect(actor.getSnapshot().context.problems).toEqual([{ field, problem }]);
    };
    expectProblem('medium', 'answers.size', 'not-an-option');
    expect(actor.getSnapshot().context.answers.size).toBe('medium');
    actor.send({ type: 'answer.given', value: 'large' });
    expect(cursorOf(actor)).toEqual({ kind: 'question', page: 1 });
    expect(actor.getSnapshot().context.problems).toEqual([]);

    expectProblem('three', 'answers.depth', 'not-a-number');
    actor.send({ type: 'answer.given', value: '3.5' });
    expectProblem(['car', 'tram'], 'answers.lanes', 'not-an-option');
    actor.send({ type: 'answer.given', value: ['car', 'bike'] });
    expectProblem('2026-02-30', 'answers.seen', 'not-a-date');
    actor.send({ type: 'answer.given', value: '2026-02-28' });
    expect(cursorOf(actor)).toEqual({ kind: 'question', page: 4 });
    actor.send({ type: 'note.read' });
    expect(actor.getSnapshot().value).toBe('location');
    expect(actor.getSnapshot().context.answers).toEqual({
      size: 'large',
      depth: '3.5',
      lanes: ['car', 'bike'],
      seen: '2026-02-28',
    });
  });

  it('asks text and string questions, and refuses a string longer than 200 characters', async () => {
    const { actor } = startRequestFlow();
    await inState(actor, 'category');
    actor.send({ type: 'category.chosen', serviceCode: 'LIGHT' });
    actor.send({ type: 'answer.given', value: '1'.repeat(201) });
    expect(actor.getSnapshot().context.problems).toEqual([{ field: 'answers.pole', problem: 'too-long' }]);
    actor.send({ type: 'answer.given', value: 'P-1234' });
    actor.send({ type: 'answer.given', value: '' });
    expect(actor.getSnapshot().context.problems).toEqual([{ field: 'answers.details', problem: 'required' }]);
    actor.send({ type: 'answer.given', value: 'It flickers all night' });
    expect(actor.getSnapshot().value).toBe('location');
  });

  it('cannot skip a required question; skipping an optional one forgets its answer', async () => {
    const { actor } = startRequestFlow();
    await inState(actor, 'category');
    actor.send({ type: 'category.chosen', serviceCode: 'POTHOLE' });
    actor.send({ type: 'answer.skipped' });
    expect(cursorOf(actor)).toEqual({ kind: 'question', page: 0 });
    actor.send({ type: 'answer.given', value: 'small' });
    actor.send({ type: 'answer.given', value: '7' });
    actor.send({ type: 'request.back' });
    expect(cursorOf(actor)).toEqual({ kind: 'question', page: 1 });
    actor.send({ type: 'answer.skipped' });
    expect(cursorOf(actor)).toEqual({ kind: 'question', page: 2 });
    expect(actor.getSnapshot().context.answers).toEqual({ size: 'small' });
    actor.send({ type: 'answer.skipped' });
    actor.send({ type: 'answer.skipped' });
    expect(cursorOf(actor)).toEqual({ kind: 'question', page: 3 });
    actor.send({ type: 'note.read' });
    expect(cursorOf(actor)).toEqual({ kind: 'question', page: 3 });
  });
});
