// The review list of /maintenance over the real hub: the outbox status shows requests waiting for staff; a
// supervisor edits, retries or withdraws them (withdrawal purges the personal data at once); other roles are
// refused; every action lands in the audit log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  CaseOutboxStatus,
  CaseRequestResult,
  CaseStatusView,
  SubmitCaseRequestResult,
} from '../../../../machines/contracts/index.js';
import { type CaseHub, potholeRequest, startCaseHub } from './caseHub.js';

describe('reviewing requests that could not be sent', () => {
  let hub: CaseHub;
  beforeEach(async () => {
    hub = await startCaseHub();
  });
  afterEach(() => hub.close());

  /** A kiosk hand-over missing a required answer: it waits in review. */
  const inReview = async () => {
    const res = await hub.post(
      '/api/case-requests',
      potholeRequest({ answers: {}, handOver: true }),
      'kiosk',
    );
    return SubmitCaseRequestResult.parse(res.json());
  };
  const outbox = async (who: 'supervisor' | 'facilities' = 'supervisor') =>
    CaseOutboxStatus.parse((await hub.get('/api/case-requests/outbox', who)).json());
  const audit = (action: string) =>
    hub.read<{ actor: string; outcome: string }>(
      'SELECT actor, outcome FROM audit_log WHERE action = ?',
      action,
    );

  it('lists requests in review and counts the queued ones as pending, with no case store configured', async () => {
    const { request } = await inReview();
    await hub.post('/api/case-requests', potholeRequest(), 'kiosk');
    const status = await outbox('facilities');
    expect(status.endpoint).toBeNull();
    expect(status.pending).toBe(1);
    expect(status.oldestPendingAt).toBe(potholeRequest().capturedAt);
    expect(status.catalog).toEqual({ source: 'seed', fetchedAt: null, services: 13 });
    expect(status.review.map((r) => r.id)).toEqual([request.id]);
    expect(status.review[0]?.details?.maskedContact).toBe('M. G., m***@example.com, ***42');
    expect(JSON.stringify(status)).not.toContain('maria.garcia@example.com');
  });

  it('refuses the outbox to desk staff and kiosks', async () => {
    expect((await hub.get('/api/case-requests/outbox', 'desk')).statusCode).toBe(403);
    expect((await hub.get('/api/case-requests/outbox', 'kiosk')).statusCode).toBe(403);
  });

  it('queues an edited request again with its attempts reset, and audits the edit', async () => {
    const { request } = await inReview();
    const edit = {
      serviceCode: 'pothole',
      answers: { road_position: 'shoulder', size: 'small' },
      location: { kind: 'here' },
      description: 'Hole by the entrance',
    };
    const res = await hub.post(`/api/case-requests/${request.id}/edit`, edit, 'supervisor');
    expect(res.statusCode).toBe(200);
    const edited = CaseRequestResult.parse(res.json()).request;
    expect(edited).toMatchObject({ state: 'queued', attempts: 0, reviewReason: null });
    expect(edited.details).toMatchObject({
      answers: { road_position: 'shoulder', size: 'small' },
      location: { kind: 'here' },
    });
    expect(edited.nextAttemptAt).toBe(hub.clock.now().toISOString());
    expect((await outbox()).review).toEqual([]);
    expect(audit('editCaseRequest')).toEqual([{ actor: 'staff:test-supervisor', outcome: 'ok' }]);
  });

  it('refuses an edit that still has problems, naming them, and keeps the request in review', async () => {
    const { request } = await inReview();
    const edit = { serviceCode: 'pothole', answers: {}, location: { kind: 'here' }, description: '' };
    const res = await hub.post(`/api/case-requests/${request.id}/edit`, edit, 'supervisor');
    expect(res.statusCode).toBe(400);
    expect(ApiError.parse(res.json()).error.problems).toEqual([
      { field: 'answers.road_position', problem: 'required' },
      { field: 'answers.size', problem: 'required' },
    ]);
    expect((await outbox()).review.map((r) => r.id)).toEqual([request.id]);
  });

  it('retries a request as it is, and refuses to retry one that is not in review', async () => {
    const { request } = await inReview();
    const retried = await hub.post(`/api/case-requests/${request.id}/retry`, {}, 'supervisor');
    expect(CaseRequestResult.parse(retried.json()).request.state).toBe('queued');
    const again = await hub.post(`/api/case-requests/${request.id}/retry`, {}, 'supervisor');
    expect(again.statusCode).toBe(409);
    expect(ApiError.parse(again.json()).error.code).toBe('wrong-state');
    expect(audit('retryCaseRequest')).toEqual([
      { actor: 'staff:test-supervisor', outcome: 'ok' },
      { actor: 'staff:test-supervisor', outcome: 'refused' },
    ]);
  });

  it('withdraws a request, purging what the visitor typed at once', async () => {
    const { request, receipt } = await inReview();
    const res = await hub.post(
      `/api/case-requests/${request.id}/withdraw`,
      { reason: 'Visitor asked us not to send it' },
      'supervisor',
    );
    expect(res.statusCode).toBe(200);
    expect(CaseRequestResult.parse(res.json()).request).toMatchObject({ state: 'withdrawn', details: null });
    const [row] = hub.read<Record<string, unknown>>(
      'SELECT contact_json, description, answers_json, location_json, purged_at FROM case_requests',
    );
    expect(row).toEqual({
      contact_json: null,
      description: null,
      answers_json: null,
      location_json: '{}',
      purged_at: hub.clock.now().toISOString(),
    });
    const status = CaseStatusView.parse(
      (await hub.get(`/api/case-status/${receipt.statusToken}`, 'anonymous')).json(),
    );
    expect(status.status).toBe('withdrawn');
  });

  it('refuses review actions to desk staff and facilities, and answers not-found for an unknown request', async () => {
    const { request } = await inReview();
    const url = `/api/case-requests/${request.id}/retry`;
    expect((await hub.post(url, {}, 'desk')).statusCode).toBe(403);
    expect((await hub.post(url, {}, 'facilities')).statusCode).toBe(403);
    const unknown = await hub.post(`/api/case-requests/${crypto.randomUUID()}/retry`, {}, 'supervisor');
    expect(unknown.statusCode).toBe(404);
    expect((await outbox()).review.map((r) => r.id)).toEqual([request.id]);
  });

  it('resumes delivery for a supervisor and answers with the outbox status', async () => {
    const res = await hub.post('/api/case-requests/outbox/resume', {}, 'supervisor');
    expect(res.statusCode).toBe(200);
    expect(CaseOutboxStatus.parse(res.json()).stoppedForAuth).toBe(false);
    expect(audit('resumeCaseDelivery')).toEqual([{ actor: 'staff:test-supervisor', outcome: 'ok' }]);
  });
});
