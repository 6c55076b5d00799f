// POST /api/case-requests over the real hub: kiosk and desk submissions, idempotent retries, conflicts, content
// problems with each field named, hand-overs that go to review instead, visits, access and the kiosk budget.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localReferenceOf } from '../../../../machines/caseRequests/localReference.js';
import { ApiError, SubmitCaseRequestResult } from '../../../../machines/contracts/index.js';
import { issueBody, relaxedSiteConfig } from '../support/testHub.js';
import { type CaseHub, potholeRequest, startCaseHub } from './caseHub.js';

const path = '/api/case-requests';

describe('POST /api/case-requests', () => {
  let hub: CaseHub;
  beforeAll(async () => {
    hub = await startCaseHub();
  });
  afterAll(() => hub.close());

  /** The stored rows of one request id (the hub is shared by the tests of this block). */
  const stored = (requestId: string) =>
    hub.read<{ description: string | null }>('SELECT description FROM case_requests WHERE id = ?', requestId);

  it('records a kiosk request with its outbox entry and answers with the receipt after the commit', async () => {
    const body = potholeRequest();
    const res = await hub.post(path, body, 'kiosk');
    expect(res.statusCode).toBe(201);
    const { receipt, request } = SubmitCaseRequestResult.parse(res.json());
    expect(receipt.localReference).toBe(localReferenceOf(body.requestId));
    expect(receipt.statusUrl).toBe(`${hub.config.publicBaseUrl}/request/${receipt.statusToken}`);
    expect(receipt.state).toBe('queued');
    expect(request.channel).toBe('kiosk');
    expect(request.deviceId).toBe(await hub.kioskId());
    expect(request.details?.maskedContact).toBe('M. G., m***@example.com, ***42');
    const [row] = hub.read<{ state: string; next_attempt_at: string; received_at: string }>(
      'SELECT state, next_attempt_at, received_at FROM case_requests WHERE id = ?',
      body.requestId,
    );
    expect(row).toEqual({
      state: 'queued',
      next_attempt_at: hub.clock.now().toISOString(),
      received_at: hub.clock.now().toISOString(),
    });
  });

  it('returns the same request to a retry with the same id, and stores it once', async () => {
    const body = potholeRequest();
    const first = SubmitCaseRequestResult.parse((await hub.post(path, body, 'kiosk')).json());
    const again = await hub.post(path, { ...body, handOver: true }, 'kiosk');
    expect(again.statusCode).toBe(200);
    expect(SubmitCaseRequestResult.parse(again.json()).receipt).toEqual(first.receipt);
    expect(stored(body.requestId)).toHaveLength(1);
  });

  it('keeps the status token a kiosk chose (its receipt may print offline)', async () => {
    const statusToken = 'k'.repeat(32);
    const res = await hub.post(path, potholeRequest({ statusToken }), 'kiosk');
    expect(SubmitCaseRequestResult.parse(res.json()).receipt.statusToken).toBe(statusToken);
  });

  it('refuses a different request under an id already used, and leaves the first as it was', async () => {
    const body = potholeRequest();
    await hub.post(path, body, 'kiosk');
    const res = await hub.post(path, { ...body, description: 'Something else entirely' }, 'kiosk');
    expect(res.statusCode).toBe(409);
    expect(ApiError.parse(res.json()).error.code).toBe('conflict');
    expect(stored(body.requestId)).toEqual([{ description: body.description }]);
  });

  it('refuses a second request that reuses another request’s status token', async () => {
    const statusToken = 't'.repeat(32);
    await hub.post(path, potholeRequest({ statusToken }), 'kiosk');
    const second = potholeRequest({ statusToken });
    const res = await hub.post(path, second, 'kiosk');
    expect(res.statusCode).toBe(409);
    expect(stored(second.requestId)).toHaveLength(0);
  });

  it('names each problem with the content and stores nothing', async () => {
    const body = potholeRequest({ answers: { road_position: 'maybe', depth_inches: 'deep', colour: 'red' } });
    const res = await hub.post(path, body, 'kiosk');
    expect(res.statusCode).toBe(400);
    const { error } = ApiError.parse(res.json());
    expect(error.code).toBe('invalid-request');
    expect(error.problems).toEqual([
      { field: 'answers.road_position', problem: 'not-an-option' },
      { field: 'answers.size', problem: 'required' },
      { field: 'answers.depth_inches', problem: 'not-a-number' },
      { field: 'answers.colour', problem: 'unknown-question' },
    ]);
    expect(error.message).not.toContain('maybe');
    expect(stored(body.requestId)).toHaveLength(0);
  });

  it('names a service the catalog does not have', async () => {
    const res = await hub.post(path, potholeRequest({ serviceCode: 'unicorn-sighting' }), 'kiosk');
    expect(ApiError.parse(res.json()).error.problems).toEqual([
      { field: 'serviceCode', problem: 'unknown-service' },
    ]);
  });

  it('names a malformed contact field the visitor typed, without repeating it', async () => {
    const body = potholeRequest({ contact: { email: 'maria at example' } });
    const res = await hub.post(path, body, 'kiosk');
    expect(res.statusCode).toBe(400);
    const { error } = ApiError.parse(res.json());
    expect(error.problems).toEqual([{ field: 'contact.email', problem: 'invalid' }]);
    expect(res.body).not.toContain('maria at example');
  });

  it('keeps an invalid kiosk hand-over for review instead of refusing it', async () => {
    const body = potholeRequest({ answers: {}, handOver: true });
    const res = await hub.post(path, body, 'kiosk');
    expect(res.statusCode).toBe(201);
    const { request } = SubmitCaseRequestResult.parse(res.json());
    expect(request.state).toBe('review');
    expect(request.reviewReason).toBe('invalid-on-hand-over');
    expect(request.details?.description).toBe(body.description);
  });

  it('keeps a hand-over for a service the catalog no longer has, as unknown-service', async () => {
    const res = await hub.post(path, potholeRequest({ serviceCode: 'retired', handOver: true }), 'kiosk');
    expect(SubmitCaseRequestResult.parse(res.json()).request.reviewReason).toBe('unknown-service');
  });

  it('files a desk request for a visit and links it', async () => {
    const ticket = (await hub.post('/api/tickets', issueBody(), 'kiosk')).json() as {
      ticket: { id: string };
    };
    const res = await hub.post(path, potholeRequest({ ticketId: ticket.ticket.id, contact: null }), 'desk');
    expect(res.statusCode).toBe(201);
    const { request } = SubmitCaseRequestResult.parse(res.json());
    expect(request).toMatchObject({ channel: 'desk', deviceId: null, ticketId: ticket.ticket.id });
    const [row] = hub.read<{ staff_user_id: string | null }>(
      'SELECT staff_user_id FROM case_requests WHERE id = ?',
      request.id,
    );
    expect(row?.staff_user_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a desk request naming a visit the hub does not have', async () => {
    const body = potholeRequest({ ticketId: crypto.randomUUID() });
    const res = await hub.post(path, body, 'supervisor');
    expect(res.statusCode).toBe(404);
    expect(ApiError.parse(res.json()).error.code).toBe('not-found');
    expect(stored(body.requestId)).toHaveLength(0);
  });

  it('is refused to displays, facilities staff and anonymous callers', async () => {
    const body = potholeRequest();
    expect((await hub.post(path, body, 'display')).statusCode).toBe(403);
    expect((await hub.post(path, body, 'facilities')).statusCode).toBe(403);
    expect((await hub.post(path, body, 'anonymous')).statusCode).toBe(401);
    expect(stored(body.requestId)).toHaveLength(0);
  });
});

describe('the kiosk submission budget', () => {
  it('refuses a kiosk past kioskPerMinute with retry-after, and lets it go on a minute later', async () => {
    const config = relaxedSiteConfig((c) => ({
      ...c,
      security: { ...c.security, rateLimits: { ...c.security.rateLimits, kioskPerMinute: 2 } },
    }));
    const hub = await startCaseHub({ config });
    try {
      for (let i = 0; i < 2; i++)
        expect((await hub.post(path, potholeRequest(), 'kiosk')).statusCode).toBe(201);
      const refused = await hub.post(path, potholeRequest(), 'kiosk');
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await hub.post(path, potholeRequest(), 'supervisor')).statusCode).toBe(201);
      hub.clock.advance(60_000);
      expect((await hub.post(path, potholeRequest(), 'kiosk')).statusCode).toBe(201);
    } finally {
      await hub.close();
    }
  });
});
