// GET /status/:ticketId: the QR code page shows the number, status and people ahead, and nothing personal.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IssueTicketResult, TicketResult } from '../../../../machines/contracts/index.js';
import { startTestHub, type TestHub } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.close());

const issued = async (overrides = {}) => IssueTicketResult.parse((await hub.issue(overrides)).json()).ticket;

describe('GET /status/:ticketId', () => {
  it('shows a waiting ticket with the people ahead of it in its own queue', async () => {
    await issued();
    await issued({ serviceId: 'permits' });
    const mine = await issued({
      language: 'zh-Hans',
      needs: { interpreter: { mode: 'phone', language: 'zh-Hans' }, accessibility: ['wheelchair'] },
    });
    const res = await hub.app.inject(`/status/${mine.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<h1>A002</h1>');
    expect(res.body).toContain('Waiting to be called');
    expect(res.body).toContain('People ahead of you: <strong>1</strong>');
    for (const secret of ['utility', 'zh-Hans', 'phone', 'wheelchair', 'kiosk-1', 'Water', mine.id])
      expect(res.body).not.toContain(secret);
  });

  it('shows fewer people ahead once the ones before are called', async () => {
    await issued();
    const mine = await issued();
    await hub.callNext();
    expect((await hub.app.inject(`/status/${mine.id}`)).body).toContain(
      'People ahead of you: <strong>0</strong>',
    );
  });

  it('tells a called visitor to go to the counter, without a people-ahead line', async () => {
    await issued();
    const { ticket } = TicketResult.parse((await hub.callNext()).json());
    const res = await hub.app.inject(`/status/${ticket.id}`);
    expect(res.body).toContain('Called: please go to the counter now');
    expect(res.body).not.toContain('People ahead');
  });

  it('sends a strict Content-Security-Policy that allows its own inline style only by hash', async () => {
    const mine = await issued();
    const res = await hub.app.inject(`/status/${mine.id}`);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('GET /status/:ticketId refuses', () => {
  it.each([randomUUID(), 'A001', '<script>'])('an unknown ticket %j with a plain 404 page', async (id) => {
    const res = await hub.app.inject(`/status/${encodeURIComponent(id)}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Ticket not found');
    expect(res.body).not.toContain('<script>');
  });
});
