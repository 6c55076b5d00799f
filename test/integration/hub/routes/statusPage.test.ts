// GET /status/:token: the QR code page shows the number, status, people ahead and the estimate, and nothing
// personal; it is reached only by the ticket's unguessable status token, never by the ticket id. A waiting
// visitor can cancel with a plain form (no JavaScript) that only the hub's own pages may submit.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IssueTicketResult, TicketResult } from '../../../../machines/contracts/index.js';
import { issueBody, startTestHub, type TestHub } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.close());

const issued = async (overrides = {}) => IssueTicketResult.parse((await hub.issue(overrides)).json());
const statusPage = (token: string) => hub.app.inject(`/status/${encodeURIComponent(token)}`);

describe('GET /status/:token', () => {
  it('shows a waiting ticket with the people ahead of it in its own queue', async () => {
    await issued();
    await issued({ serviceId: 'permits' });
    const mine = await issued({
      language: 'zh-Hans',
      needs: { interpreter: { mode: 'phone', language: 'zh-Hans' }, accessibility: ['wheelchair'] },
    });
    const res = await statusPage(mine.statusToken);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<h1>A002</h1>');
    expect(res.body).toContain('Waiting to be called');
    expect(res.body).toContain('People ahead of you: <strong>1</strong>');
    expect(res.body).toContain('We cannot estimate the wait right now.');
    expect(res.body).toContain(`<form method="post" action="/status/${mine.statusToken}/cancel">`);
    for (const secret of ['utility', 'zh-Hans', 'phone', 'wheelchair', 'kiosk-1', 'Water', mine.ticket.id])
      expect(res.body).not.toContain(secret);
  });

  it('shows fewer people ahead once the ones before are called', async () => {
    await issued();
    const mine = await issued();
    await hub.callNext();
    expect((await statusPage(mine.statusToken)).body).toContain('People ahead of you: <strong>0</strong>');
  });

  it('tells a called visitor which counter to go to, without a people-ahead line or a cancel form', async () => {
    const mine = await issued();
    TicketResult.parse((await hub.callNext('counter-2')).json());
    const res = await statusPage(mine.statusToken);
    expect(res.body).toContain('Called: please go to Counter 2 now');
    expect(res.body).not.toContain('People ahead');
    expect(res.body).not.toContain('<form');
  });

  it('says honestly when the visitor is being served, and when the visit is finished', async () => {
    const mine = await issued();
    await hub.callNext('counter-1');
    await hub.postAt('counter-1', `/api/tickets/${mine.ticket.id}/arrive`, {});
    expect((await statusPage(mine.statusToken)).body).toContain('You are being served at Counter 1');
    await hub.postAt('counter-1', `/api/tickets/${mine.ticket.id}/complete`, { outcomeId: 'resolved' });
    const done = await statusPage(mine.statusToken);
    expect(done.body).toContain('Finished');
    expect(done.body).not.toContain('http-equiv="refresh"');
  });

  it('sends a strict Content-Security-Policy that allows its own inline style only by hash', async () => {
    const mine = await issued();
    const res = await statusPage(mine.statusToken);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/form-action 'self'/);
    expect(csp).not.toMatch(/script-src/);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('status tokens', () => {
  it('are at least 128 random bits, base64url, different for every ticket', async () => {
    const tokens = [(await issued()).statusToken, (await issued()).statusToken, (await issued()).statusToken];
    for (const token of tokens) expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(new Set(tokens).size).toBe(3);
  });

  it('are the same on an idempotent retry of the same issue request', async () => {
    const body = issueBody();
    const first = IssueTicketResult.parse((await hub.post('/api/tickets', body, 'kiosk')).json());
    const retry = IssueTicketResult.parse((await hub.post('/api/tickets', body, 'kiosk')).json());
    expect(retry.statusToken).toBe(first.statusToken);
    expect(retry.ticket.id).toBe(first.ticket.id);
  });
});

describe('GET /status/:token refuses', () => {
  it('the ticket id instead of the token, with the same 404 page as an unknown token', async () => {
    const mine = await issued();
    const byId = await statusPage(mine.ticket.id);
    const unknown = await statusPage('A'.repeat(32));
    expect(byId.statusCode).toBe(404);
    expect(byId.body).toBe(unknown.body);
    expect(byId.body).not.toContain(mine.ticket.number);
  });

  it.each([randomUUID(), 'A001', '<script>', 'x'.repeat(80)])(
    'an unknown or malformed token %j with a plain 404 page',
    async (token) => {
      const res = await statusPage(token);
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain('Ticket not found');
      expect(res.body).not.toContain('<script>');
    },
  );
});

/** The hub's own origin as inject addresses it (Host: localhost:80). */
const ownOrigin = 'http://localhost:80';
const cancelForm = (token: string, origin?: string) =>
  hub.app.inject({
    method: 'POST',
    url: `/status/${token}/cancel`,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(origin === undefined ? {} : { origin }),
    },
    payload: '',
  });

describe('POST /status/:token/cancel (the no-JavaScript form)', () => {
  it('cancels a waiting ticket and sends the visitor back to the page, which says so', async () => {
    const mine = await issued();
    const res = await cancelForm(mine.statusToken, ownOrigin);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/status/${mine.statusToken}`);
    const page = await statusPage(mine.statusToken);
    expect(page.body).toContain('Cancelled');
    expect(page.body).not.toContain('<form');
    const queue = await hub.get('/api/queue');
    expect(queue.json().tickets.map((t: { id: string }) => t.id)).not.toContain(mine.ticket.id);
  });

  it('refuses a post from another web site with 403, leaving the ticket waiting', async () => {
    const mine = await issued();
    const res = await cancelForm(mine.statusToken, 'https://evil.example');
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect((await statusPage(mine.statusToken)).body).toContain('Waiting to be called');
  });

  it('explains plainly when the visitor is already being served', async () => {
    const mine = await issued();
    await hub.callNext('counter-1');
    await hub.postAt('counter-1', `/api/tickets/${mine.ticket.id}/arrive`, {});
    const res = await cancelForm(mine.statusToken, ownOrigin);
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('Not cancelled');
    expect((await statusPage(mine.statusToken)).body).toContain('You are being served at Counter 1');
  });

  it('answers an unknown token with the 404 page', async () => {
    const res = await cancelForm('A'.repeat(32), ownOrigin);
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Ticket not found');
  });
});

describe('POST /api/status/:token/cancel (JSON)', () => {
  it('cancels a waiting ticket once; a second cancel is refused with wrong-state', async () => {
    const mine = await issued();
    const res = await hub.app.inject({
      method: 'POST',
      url: `/api/status/${mine.statusToken}/cancel`,
      payload: {},
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    const again = await hub.app.inject({
      method: 'POST',
      url: `/api/status/${mine.statusToken}/cancel`,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'wrong-state' } });
  });

  it('answers a malformed token like an unknown one, with 404', async () => {
    const res = await hub.app.inject({ method: 'POST', url: '/api/status/short/cancel', payload: {} });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not-found' } });
  });
});
