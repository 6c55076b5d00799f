// The delivery side of case_requests (CaseOutboxStore): due entries oldest capture first, busy ones skipped, "here"
// resolved to the building; each delivery step committed as one UPDATE.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRequestStore, NewCaseRequest } from '../../../../main/hub/cases/caseRequestStore.js';
import type { CaseOutboxStore } from '../../../../main/hub/cases/outboxStore.js';
import { openHubDatabase } from '../../../../main/hub/store/hubDatabase.js';
import { createSqliteCaseOutbox } from '../../../../main/hub/store/sqliteCaseOutbox.js';
import { createSqliteCaseRequests } from '../../../../main/hub/store/sqliteCaseRequests.js';

const t0 = new Date('2026-11-26T18:00:00.000Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const here = { address: '1120 SW 5th Ave, Portland, OR 97204', lat: 45.5155, long: -122.6789 };
const error = { kind: 'transient' as const, message: 'Service unavailable', at: at(1).toISOString() };

let db: Database.Database;
let requests: CaseRequestStore;
let outbox: CaseOutboxStore;

function add(overrides: Partial<NewCaseRequest> = {}): string {
  const id = randomUUID();
  requests.insert({
    id,
    statusToken: `t_${id}`,
    serviceCode: 'pothole',
    channel: 'kiosk',
    deviceId: 'kiosk-1',
    staffUserId: null,
    ticketId: null,
    language: 'en',
    capturedAt: t0.toISOString(),
    receivedAt: t0.toISOString(),
    answers: { size: 'large' },
    location: { kind: 'here' },
    description: 'Deep hole',
    contact: null,
    state: 'queued',
    reviewReason: null,
    fingerprint: id,
    ...overrides,
  });
  return id;
}

beforeEach(() => {
  db = openHubDatabase(':memory:');
  requests = createSqliteCaseRequests(db);
  outbox = createSqliteCaseOutbox(db, {
    here,
    serviceTypeOf: (code) => (code === 'pothole' ? 'realtime' : null),
  });
});
afterEach(() => db.close());

describe('due', () => {
  it('gives due entries oldest capture first, at most limit, skipping busy ones', () => {
    const newer = add({ capturedAt: at(-1).toISOString() });
    const oldest = add({ capturedAt: at(-9).toISOString() });
    const middle = add({ capturedAt: at(-5).toISOString() });
    add({ state: 'review', reviewReason: 'rejected' });
    expect(outbox.due(t0, 10, new Set()).map((e) => e.id)).toEqual([oldest, middle, newer]);
    expect(outbox.due(t0, 2, new Set([oldest])).map((e) => e.id)).toEqual([middle, newer]);
    expect(outbox.due(at(-1), 10, new Set())).toEqual([]);
  });

  it('builds the outgoing request with "here" as the building and the service type from the catalog', () => {
    const id = add({ capturedAt: at(-2).toISOString() });
    const typed = add({
      serviceCode: 'graffiti',
      capturedAt: at(-1).toISOString(),
      location: { kind: 'address', address: '5th and Main' },
    });
    const [entry, other] = outbox.due(t0, 10, new Set());
    expect(entry).toMatchObject({
      id,
      serviceType: 'realtime',
      state: 'queued',
      attempts: 0,
      token: null,
      uncertain: false,
      request: { requestId: id, location: here, answers: { size: 'large' }, contact: null, language: 'en' },
    });
    expect(other).toMatchObject({
      id: typed,
      serviceType: null,
      request: { location: { address: '5th and Main' } },
    });
  });
});

describe('delivery steps', () => {
  it('marks a send under way as uncertain, and a failure schedules the next attempt', () => {
    const id = add();
    outbox.beginSend(id, at(1));
    expect(outbox.due(at(1), 1, new Set())[0]?.uncertain).toBe(true);
    outbox.retryLater(id, { nextAttemptAt: at(3), error, uncertain: true });
    expect(outbox.due(at(2), 1, new Set())).toEqual([]);
    expect(outbox.nextDueAt()).toEqual(at(3));
    expect(requests.byId(id)).toMatchObject({
      attempts: 1,
      lastError: error,
      firstAttemptAt: at(1).toISOString(),
    });
  });

  it('waits for a batch token, then records the case', () => {
    const id = add();
    outbox.awaitingCaseNumber(id, 'tok-1', at(5), at(1));
    expect(outbox.due(at(5), 1, new Set())[0]).toMatchObject({
      state: 'awaiting-case-number',
      token: 'tok-1',
    });
    outbox.delivered(id, { caseId: '42', serviceNotice: 'Soon', duplicateCaseIds: [] }, at(6));
    expect(requests.byId(id)).toMatchObject({
      state: 'delivered',
      caseId: '42',
      deliveredAt: at(6).toISOString(),
    });
    expect(outbox.nextDueAt()).toBeNull();
    expect(outbox.lastSuccessAt()).toBe(at(6).toISOString());
  });

  it('sends a request to review with the reason, keeping the last error when none is given', () => {
    const id = add();
    outbox.retryLater(id, { nextAttemptAt: at(2), error, uncertain: false });
    outbox.toReview(id, 'failing', null);
    expect(requests.byId(id)).toMatchObject({ state: 'review', reviewReason: 'failing', lastError: error });
    expect(outbox.due(at(100), 10, new Set())).toEqual([]);
  });

  it('keeps a request withdrawn while it was in flight withdrawn, with the case it got', () => {
    const id = add();
    requests.withdraw(id, 'asked to', at(1));
    outbox.delivered(id, { caseId: '9', serviceNotice: null, duplicateCaseIds: ['9', '10'] }, at(2));
    expect(requests.byId(id)).toMatchObject({
      state: 'withdrawn',
      caseId: '9',
      duplicateCaseIds: ['9', '10'],
    });
  });
});
