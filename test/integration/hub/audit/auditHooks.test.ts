// The audit log as the hub writes it: who did what to which record, failed sign-ins, reads of personal data.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  type AuditEntry,
  AuditList,
  IssueTicketResult,
  TicketResult,
} from '../../../../machines/contracts/index.js';
import { auditListLimit } from '../../../../main/hub/audit/auditRoutes.js';
import { injectAs, type SecuredHub, staffPassword, startSecuredHub, usernameOf } from '../fuzz/securedHub.js';
import { issueBody } from '../support/testHub.js';

let hub: SecuredHub;
beforeEach(async () => {
  hub = await startSecuredHub();
});
afterEach(() => hub.close());

async function entries(): Promise<AuditEntry[]> {
  const res = await injectAs(hub, 'administrator', { url: '/api/audit' });
  expect(res.statusCode).toBe(200);
  return AuditList.parse(res.json()).entries;
}

/** Entries written after the seeding (logins and enrolment of the test hub), oldest first. */
async function entriesSince(seq: number): Promise<AuditEntry[]> {
  return (await entries()).filter((e) => e.seq > seq).reverse();
}

/** The seq of the listAudit entry this very read adds (written once the answer is sent). */
const lastSeq = async () => ((await entries())[0]?.seq ?? 0) + 1;
const pick = ({ actor, action, target, outcome }: AuditEntry) => ({ actor, action, target, outcome });

describe('the audit log of a running hub', () => {
  it('records issue, sign-in, call, complete and queue reads with actor, route name, record and outcome', async () => {
    const since = await lastSeq();
    const issued = await injectAs(hub, 'kiosk', {
      method: 'POST',
      url: '/api/tickets',
      payload: issueBody(),
    });
    const ticketId = IssueTicketResult.parse(issued.json()).ticket.id;
    await injectAs(hub, 'desk', { method: 'POST', url: '/api/counters/counter-1/sign-in', payload: {} });
    const called = await injectAs(hub, 'desk', {
      method: 'POST',
      url: '/api/counters/counter-1/call-next',
      payload: { requestId: randomUUID() },
    });
    expect(TicketResult.parse(called.json()).ticket.id).toBe(ticketId);
    await injectAs(hub, 'desk', {
      method: 'POST',
      url: `/api/tickets/${ticketId}/complete`,
      payload: { outcomeId: 'resolved' },
    });
    await injectAs(hub, 'supervisor', { url: '/api/queue' });
    await injectAs(hub, 'kiosk', { url: '/api/queue' });

    const desk = `staff:${usernameOf('desk')}`;
    expect((await entriesSince(since)).map(pick)).toEqual([
      { actor: `device:${hub.deviceIds.kiosk}`, action: 'issueTicket', target: ticketId, outcome: 'ok' },
      { actor: desk, action: 'counterSignIn', target: 'counter-1', outcome: 'ok' },
      { actor: desk, action: 'callNext', target: ticketId, outcome: 'ok' },
      { actor: desk, action: 'complete', target: ticketId, outcome: 'ok' },
      { actor: `staff:${usernameOf('supervisor')}`, action: 'getQueue', target: null, outcome: 'ok' },
      { actor: `device:${hub.deviceIds.kiosk}`, action: 'getQueue', target: null, outcome: 'refused' },
    ]);
  });

  it('records counter sign-in and sign-out, which way a queue was switched, and notes without their text', async () => {
    const since = await lastSeq();
    const supervisor = `staff:${usernameOf('supervisor')}`;
    const post = (url: string, payload: object) =>
      injectAs(hub, 'supervisor', { method: 'POST', url, payload });
    await post('/api/counters/counter-2/sign-in', {});
    await post('/api/queues/permits/intake', { open: false });
    await post('/api/queues/permits/intake', { open: true });
    const walkIn = await post('/api/counters/counter-2/walk-in', {
      requestId: randomUUID(),
      serviceId: 'utility-bills',
      language: 'en',
      needs: { interpreter: null, accessibility: [] },
    });
    const ticketId = TicketResult.parse(walkIn.json()).ticket.id;
    await post(`/api/tickets/${ticketId}/notes`, { text: 'Maria Garcia, account 4471-22' });
    await post('/api/counters/counter-2/sign-out', {});
    expect((await entriesSince(since)).map(pick)).toEqual([
      { actor: supervisor, action: 'counterSignIn', target: 'counter-2', outcome: 'ok' },
      { actor: supervisor, action: 'setQueueIntake.close', target: 'permits', outcome: 'ok' },
      { actor: supervisor, action: 'setQueueIntake.open', target: 'permits', outcome: 'ok' },
      { actor: supervisor, action: 'walkIn', target: ticketId, outcome: 'ok' },
      { actor: supervisor, action: 'addNote', target: ticketId, outcome: 'ok' },
      { actor: supervisor, action: 'counterSignOut', target: 'counter-2', outcome: 'ok' },
    ]);
    const csv = (await injectAs(hub, 'administrator', { url: '/api/audit/export' })).body;
    expect(csv).not.toContain('Maria');
    expect(csv).not.toContain('4471');
  });

  it('records a failed sign-in without what was typed, unless it is a real username', async () => {
    const since = await lastSeq();
    for (const username of ['correct horse battery staple', usernameOf('desk')]) {
      const res = await hub.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: 'wrong password typed' },
      });
      expect(res.statusCode).toBe(401);
    }
    await hub.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: usernameOf('desk'), password: staffPassword },
    });
    expect((await entriesSince(since)).map(pick)).toEqual([
      { actor: 'anonymous', action: 'login.failed', target: null, outcome: 'refused' },
      { actor: 'anonymous', action: 'login.failed', target: usernameOf('desk'), outcome: 'refused' },
      { actor: `staff:${usernameOf('desk')}`, action: 'login', target: null, outcome: 'ok' },
    ]);
    const csv = (await injectAs(hub, 'administrator', { url: '/api/audit/export' })).body;
    expect(csv).not.toContain('horse');
    expect(csv).not.toContain('wrong password');
  });

  it('records opening the staff stream, and refusals of it, but not the display stream', async () => {
    const since = await lastSeq();
    const socket = await hub.app.injectWS('/api/events?view=staff', { headers: hub.headers('desk') });
    socket.terminate();
    await expect(
      hub.app.injectWS('/api/events?view=staff', { headers: hub.headers('kiosk') }),
    ).rejects.toThrow('Unexpected server response: 403');
    await expect(
      hub.app.injectWS('/api/events?view=staff', {
        headers: { ...hub.headers('desk'), origin: 'http://evil.example' },
      }),
    ).rejects.toThrow('Unexpected server response: 403');
    const display = await hub.app.injectWS('/api/events?view=display', { headers: hub.headers('display') });
    display.terminate();
    expect((await entriesSince(since)).map(pick)).toEqual([
      { actor: `staff:${usernameOf('desk')}`, action: 'events.staff', target: null, outcome: 'ok' },
      { actor: `device:${hub.deviceIds.kiosk}`, action: 'events.staff', target: null, outcome: 'refused' },
      { actor: 'anonymous', action: 'events.staff', target: null, outcome: 'refused' },
    ]);
  });

  it('keeps path text that is not an id out of the target', async () => {
    const since = await lastSeq();
    await injectAs(hub, 'desk', {
      method: 'POST',
      url: `/api/tickets/${encodeURIComponent('Maria Garcia 503-555-0142')}/recall`,
      payload: { counterId: 'counter-1' },
    });
    expect((await entriesSince(since)).map(pick)).toEqual([
      { actor: `staff:${usernameOf('desk')}`, action: 'recall', target: null, outcome: 'refused' },
    ]);
  });

  it('lists at most the newest 500, and only for administrators', async () => {
    for (let i = 0; i < auditListLimit + 5; i++) await injectAs(hub, 'supervisor', { url: '/api/queue' });
    const list = await entries();
    expect(list).toHaveLength(auditListLimit);
    expect(list[0]!.seq).toBeGreaterThan(list[1]!.seq);
    for (const credential of ['desk', 'supervisor', 'facilities', 'kiosk'] as const) {
      const res = await injectAs(hub, credential, { url: '/api/audit' });
      expect(res.statusCode, credential).toBe(403);
      expect(ApiError.parse(res.json()).error.code).toBe('forbidden');
    }
    expect((await hub.app.inject({ url: '/api/audit/export' })).statusCode).toBe(401);
  });

  it('exports every entry as a CSV download, recording the export itself', async () => {
    const since = await lastSeq();
    const res = await injectAs(hub, 'administrator', { url: '/api/audit/export' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="lobby311-audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = res.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('seq,at,actor,action,target,outcome');
    expect(lines.length - 1).toBe(since);
    expect((await entriesSince(since)).map(pick)[0]).toEqual({
      actor: `staff:${usernameOf('administrator')}`,
      action: 'exportAudit',
      target: null,
      outcome: 'ok',
    });
  });
});
