// The request side of case_requests: idempotent insert by id (same content → the stored one, different → conflict,
// also once purged), status tokens unique, review actions only from the states that allow them, the purge's
// cutoff and what it blanks, and the outbox figures.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRequestStore, NewCaseRequest } from '../../../../main/hub/cases/caseRequestStore.js';
import { openHubDatabase } from '../../../../main/hub/store/hubDatabase.js';
import { createSqliteCaseOutbox } from '../../../../main/hub/store/sqliteCaseOutbox.js';
import { createSqliteCaseRequests } from '../../../../main/hub/store/sqliteCaseRequests.js';

const t0 = new Date('2026-11-26T18:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const dayMs = 86_400_000;

let db: Database.Database;
let store: CaseRequestStore;

function newRequest(overrides: Partial<NewCaseRequest> = {}): NewCaseRequest {
  const id = randomUUID();
  return {
    id,
    statusToken: `token-${id}`.replace(/-/g, '_'),
    serviceCode: 'pothole',
    channel: 'kiosk',
    deviceId: 'kiosk-1',
    staffUserId: null,
    ticketId: null,
    language: 'es',
    capturedAt: t0.toISOString(),
    receivedAt: t0.toISOString(),
    answers: { size: 'large' },
    location: { kind: 'address', address: '1900 SW 4th Ave' },
    description: 'Deep hole',
    contact: { email: 'maria@example.com' },
    state: 'queued',
    reviewReason: null,
    fingerprint: `fp-${id}`,
    ...overrides,
  };
}

const insert = (overrides: Partial<NewCaseRequest> = {}) => {
  const outcome = store.insert(newRequest(overrides));
  if (outcome.kind === 'conflict') throw new Error('unexpected conflict');
  return outcome.request;
};

beforeEach(() => {
  db = openHubDatabase(':memory:');
  store = createSqliteCaseRequests(db);
});
afterEach(() => db.close());

describe('insert', () => {
  it('stores a queued request due at once, its reference derived from the id', () => {
    const request = insert();
    expect(request).toMatchObject({ state: 'queued', nextAttemptAt: t0.toISOString(), attempts: 0 });
    expect(request.localReference).toMatch(/^R-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(store.byStatusToken(request.statusToken)?.id).toBe(request.id);
  });

  it('returns the stored request to the same request again, and refuses different content', () => {
    const body = newRequest();
    expect(store.insert(body).kind).toBe('created');
    expect(store.insert({ ...body, receivedAt: at(5).toISOString() })).toMatchObject({
      kind: 'existing',
      request: { receivedAt: t0.toISOString() },
    });
    expect(store.insert({ ...body, fingerprint: 'other' })).toEqual({ kind: 'conflict' });
    expect(store.insert({ ...body, statusToken: 'another_token_of_32_characters__' })).toEqual({
      kind: 'conflict',
    });
  });

  it('still recognises a retry once the personal data is purged, by its non-personal facts', () => {
    const body = newRequest();
    store.insert(body);
    createSqliteCaseOutbox(db, {
      here: { address: 'x', lat: 0, long: 0 },
      serviceTypeOf: () => null,
    }).delivered(body.id, { caseId: '1', serviceNotice: null, duplicateCaseIds: [] }, t0);
    expect(store.purgeDelivered(t0, 0)).toBe(1);
    expect(store.insert(body).kind).toBe('existing');
    expect(store.insert({ ...body, serviceCode: 'graffiti' }).kind).toBe('conflict');
  });

  it('refuses a status token another request holds', () => {
    const first = insert();
    expect(store.insert(newRequest({ statusToken: first.statusToken }))).toEqual({ kind: 'conflict' });
  });

  it('stores a hand-over for review with its reason and no due time', () => {
    const request = insert({ state: 'review', reviewReason: 'invalid-on-hand-over' });
    expect(request).toMatchObject({
      state: 'review',
      reviewReason: 'invalid-on-hand-over',
      nextAttemptAt: null,
    });
  });
});

describe('review actions', () => {
  const content = {
    serviceCode: 'graffiti',
    answers: { surface: 'building' },
    location: { kind: 'here' as const },
    description: 'Tag',
  };

  it('edits a request in review: queued again, attempts reset, due now', () => {
    const { id } = insert({ state: 'review', reviewReason: 'rejected' });
    db.prepare('UPDATE case_requests SET attempts = 4 WHERE id = ?').run(id);
    const outcome = store.edit(id, content, at(10));
    expect(outcome).toMatchObject({
      kind: 'done',
      request: { state: 'queued', attempts: 0, nextAttemptAt: at(10).toISOString(), reviewReason: null },
    });
    expect(outcome.kind === 'done' && outcome.request.answers).toEqual({ surface: 'building' });
  });

  it('edits and retries only requests in review', () => {
    const { id } = insert();
    expect(store.edit(id, content, t0)).toEqual({ kind: 'wrong-state', state: 'queued' });
    expect(store.retry(id, t0)).toEqual({ kind: 'wrong-state', state: 'queued' });
    expect(store.retry(randomUUID(), t0)).toEqual({ kind: 'not-found' });
  });

  it('withdraws a queued or reviewed request and purges its personal data in the same step', () => {
    const { id } = insert();
    const outcome = store.withdraw(id, 'duplicate of a phone report', at(1));
    expect(outcome).toMatchObject({
      kind: 'done',
      request: {
        state: 'withdrawn',
        withdrawnReason: 'duplicate of a phone report',
        contact: null,
        description: null,
        answers: null,
        location: null,
        purgedAt: at(1).toISOString(),
        nextAttemptAt: null,
      },
    });
    expect(store.withdraw(id, 'again', at(2))).toEqual({ kind: 'wrong-state', state: 'withdrawn' });
  });
});

describe('purgeDelivered', () => {
  const deliver = (id: string, when: Date) =>
    createSqliteCaseOutbox(db, {
      here: { address: 'x', lat: 0, long: 0 },
      serviceTypeOf: () => null,
    }).delivered(id, { caseId: '7', serviceNotice: null, duplicateCaseIds: [] }, when);

  it('purges delivered requests older than the retention, keeping "here" and everything else', () => {
    const old = insert({ location: { kind: 'here' } });
    const recent = insert();
    const waiting = insert();
    deliver(old.id, new Date(t0.getTime() - 3 * dayMs));
    deliver(recent.id, new Date(t0.getTime() - dayMs));
    expect(store.purgeDelivered(t0, 2)).toBe(1);
    expect(store.byId(old.id)).toMatchObject({
      contact: null,
      description: null,
      answers: null,
      location: { kind: 'here' },
      caseId: '7',
      purgedAt: t0.toISOString(),
    });
    expect(store.byId(recent.id)?.purgedAt).toBeNull();
    expect(store.byId(waiting.id)?.contact).toEqual({ email: 'maria@example.com' });
    expect(store.purgeDelivered(t0, 0)).toBe(1);
    expect(store.byId(recent.id)?.location).toBeNull();
    expect(store.purgeDelivered(t0, 0)).toBe(0);
  });
});

describe('outboxFigures', () => {
  it('counts pending requests, names the oldest, lists review and duplicates', () => {
    expect(store.outboxFigures()).toEqual({ pending: 0, oldestPendingAt: null, review: [], duplicates: [] });
    insert({ capturedAt: at(-30).toISOString() });
    insert({ capturedAt: at(-5).toISOString() });
    const reviewed = insert({ state: 'review', reviewReason: 'rejected', capturedAt: at(-60).toISOString() });
    const twice = insert();
    createSqliteCaseOutbox(db, {
      here: { address: 'x', lat: 0, long: 0 },
      serviceTypeOf: () => null,
    }).duplicatesFound(twice.id, ['1', '2']);
    const figures = store.outboxFigures();
    expect(figures.pending).toBe(3);
    expect(figures.oldestPendingAt).toBe(at(-30).toISOString());
    expect(figures.review.map((r) => r.id)).toEqual([reviewed.id]);
    expect(figures.duplicates.map((r) => [r.id, r.duplicateCaseIds])).toEqual([[twice.id, ['1', '2']]]);
  });
});
