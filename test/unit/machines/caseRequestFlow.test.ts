// Kiosk request flow: catalog loading, choosing a service, location, description, contact, review and the
// request sent (questions are in caseRequestFlow/questions.test.ts, refusals and retries in submit.test.ts).
import { describe, expect, it } from 'vitest';
import { blankContact } from '../../../machines/caseRequestFlow.js';
import { testCatalog } from './caseRequestFlow/fixtures.js';
import {
  answerPotholeToReview,
  cursorOf,
  inState,
  START,
  startRequestFlow,
} from './caseRequestFlow/harness.js';

describe('caseRequestFlow catalog', () => {
  it('shows the catalog unavailable screen when the agent has none, and "ticket instead" leaves with nothing', async () => {
    const { actor } = startRequestFlow({ loadCatalog: async () => Promise.reject(new Error('no catalog')) });
    await inState(actor, 'catalogUnavailable');
    actor.send({ type: 'request.ticketInstead' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().value).toBe('exited');
    expect(actor.getSnapshot().output).toBeNull();
  });

  it('treats a catalog with no services as unavailable', async () => {
    const { actor } = startRequestFlow({ loadCatalog: async () => ({ ...testCatalog(), services: [] }) });
    await inState(actor, 'catalogUnavailable');
    actor.send({ type: 'request.back' });
    expect(actor.getSnapshot().value).toBe('exited');
  });

  it('keeps the search text, refuses a service the catalog lacks, and Back from the list leaves', async () => {
    const { actor } = startRequestFlow();
    await inState(actor, 'category');
    actor.send({ type: 'search.changed', query: 'arbol' });
    expect(actor.getSnapshot().context.query).toBe('arbol');
    actor.send({ type: 'category.chosen', serviceCode: 'NOT-OFFERED' });
    expect(actor.getSnapshot().value).toBe('category');
    actor.send({ type: 'request.back' });
    expect(actor.getSnapshot().value).toBe('exited');
    expect(actor.getSnapshot().output).toBeNull();
  });
});

describe('caseRequestFlow location, description and contact', () => {
  it('asks for a description when the service has no questions, and refuses an empty one', async () => {
    const { actor } = startRequestFlow();
    await inState(actor, 'category');
    actor.send({ type: 'category.chosen', serviceCode: 'GRAFFITI' });
    expect(actor.getSnapshot().value).toBe('location');
    actor.send({ type: 'location.given', location: { kind: 'address', address: 'SW' } });
    expect(actor.getSnapshot().value).toBe('location');
    expect(actor.getSnapshot().context.problems).toEqual([{ field: 'location', problem: 'invalid' }]);
    actor.send({ type: 'location.given', location: { kind: 'address', address: '  ' } });
    expect(actor.getSnapshot().context.problems).toEqual([{ field: 'location', problem: 'required' }]);
    actor.send({ type: 'location.given', location: { kind: 'address', address: 'SW 4th and Main' } });
    expect(actor.getSnapshot().value).toBe('description');
    actor.send({ type: 'description.given', description: '   ' });
    expect(actor.getSnapshot().value).toBe('description');
    expect(actor.getSnapshot().context.problems).toEqual([{ field: 'description', problem: 'required' }]);
    actor.send({ type: 'description.given', description: 'x'.repeat(3901) });
    expect(actor.getSnapshot().context.problems).toEqual([{ field: 'description', problem: 'too-long' }]);
    expect(actor.getSnapshot().context.description).toHaveLength(3901);
    actor.send({ type: 'description.given', description: 'Tags on the wall' });
    expect(actor.getSnapshot().value).toBe('contact');
    expect(actor.getSnapshot().context.problems).toEqual([]);
  });

  it('names each wrong contact field, keeps what was typed, and treats all-blank as no contact', async () => {
    const { actor } = startRequestFlow();
    await answerPotholeToReview(actor);
    actor.send({ type: 'review.change', step: { kind: 'contact' } });
    expect(actor.getSnapshot().value).toBe('contact');
    const typed = { ...blankContact(), firstName: 'Ana', email: 'ana@', phone: 'call me' };
    actor.send({ type: 'contact.given', contact: typed });
    expect(actor.getSnapshot().value).toBe('contact');
    expect(actor.getSnapshot().context.contact).toEqual(typed);
    expect(actor.getSnapshot().context.problems).toEqual([
      { field: 'contact.email', problem: 'invalid' },
      { field: 'contact.phone', problem: 'invalid' },
    ]);
    actor.send({ type: 'contact.given', contact: blankContact() });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.problems).toEqual([]);
  });

  it('sends the answers, the location, the trimmed description and contact, the language and the Send time', async () => {
    const { actor, clock, calls } = startRequestFlow({ language: 'es' });
    await answerPotholeToReview(actor);
    actor.send({ type: 'review.change', step: { kind: 'contact' } });
    actor.send({
      type: 'contact.given',
      contact: { firstName: ' Ana ', lastName: '', phone: '503 555 0100', email: 'ana@example.org' },
    });
    clock.increment(90_000);
    actor.send({ type: 'request.send' });
    await inState(actor, 'done');
    expect(calls).toEqual([
      {
        requestId: '00000000-0000-4000-8000-000000000001',
        serviceCode: 'POTHOLE',
        answers: { size: 'small', depth: '4', lanes: ['car'], seen: '2026-03-01' },
        location: { kind: 'here' },
        description: 'Deep one by the bus stop',
        contact: { firstName: 'Ana', phone: '503 555 0100', email: 'ana@example.org' },
        language: 'es',
        capturedAt: new Date(START + 90_000).toISOString(),
      },
    ]);
    expect(actor.getSnapshot().output?.receipt.localReference).toMatch(/^R-/);
  });

  it('goes back through every screen to the service list', async () => {
    const { actor } = startRequestFlow();
    await answerPotholeToReview(actor);
    const seen: string[] = [];
    while (actor.getSnapshot().value !== 'category') {
      actor.send({ type: 'request.back' });
      const cursor = cursorOf(actor);
      seen.push(cursor.kind === 'question' ? `question ${cursor.page}` : cursor.kind);
    }
    expect(seen).toEqual([
      'contact',
      'description',
      'location',
      'question 4',
      'question 3',
      'question 2',
      'question 1',
      'question 0',
      'category',
    ]);
    expect(actor.getSnapshot().context.answers).toMatchObject({ size: 'small', depth: '4' });
  });
});
