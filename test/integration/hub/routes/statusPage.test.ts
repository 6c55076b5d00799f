// GET /status/:token: the QR code page shows the number, status and people ahead, and nothing personal;
// it is reached only by the ticket's unguessable status token, never by the ticket id.
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
    for (const secret of ['utility', 'zh-Hans', 'phone', 'wheelchair', 'kiosk-1', 'Water', mine.ticket.id])
      expect(res.body).not.toContain(secret);
  });

  it('shows fewer people ahead once the ones before are called', async () => {
    await issued();
    const mine = await issued();
    await hub.callNext();
    expect((await statusPage(mine.statusToken)).body).toContain('People ahead of you: <strong>0</strong>');
  });

  it('tells a called visitor to go to the counter, without a people-ahead line', async () => {
    const mine = await issued();
    TicketResult.parse((await hub.callNext()).json());
    const res = await statusPage(mine.statusToken);
    expect(res.body).toContain('Called: please go to the counter now');
    expect(res.body).not.toContain('People ahead');
  });

  it('sends a strict Content-Security-Policy that allows its own inline style only by hash', async () => {
    const mine = await issued();
    const res = await statusPage(mine.statusToken);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
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
