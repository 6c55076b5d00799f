// Print previews, a ticket's public status as JSON and the desk's "find this visit", on a real in-process hub.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  IssueTicketResult,
  PrintPreview,
  TicketResult,
  TicketStatusView,
} from '../../../machines/contracts/index.js';
import { printerModelProfile } from '../../../printers/paperProfiles.js';
import { startTestHub, type TestHub } from './support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.close());

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const errorCode = (res: { json(): unknown }) => ApiError.parse(res.json()).error.code;
const issue = async () => IssueTicketResult.parse((await hub.issue()).json());

describe('GET /api/previews/print', () => {
  const preview = (query: string) => hub.get(`/api/previews/print?${query}`, 'facilities');

  it.each([
    ['epson-tm-t88vi', 'en'],
    ['epson-tm-t88vi', 'es'],
    ['epson-tm-p20ii', 'en'],
    ['epson-tm-p20ii', 'es'],
  ] as const)('renders a %s ticket in %s as a PNG as wide as the paper', async (model, language) => {
    const res = await preview(`printerModel=${model}&language=${language}`);
    expect(res.statusCode).toBe(200);
    const body = PrintPreview.parse(res.json());
    const png = Buffer.from(body.pngBase64, 'base64');
    const dots = printerModelProfile(model).widthDots;
    expect([...png.subarray(0, 8)]).toEqual(pngSignature);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(dots);
    expect(body.widthDots).toBe(dots);
    expect(png.readUInt32BE(20)).toBe(body.heightDots);
    expect(body.bytes).toBeGreaterThan(0);
  });

  it('renders the request receipt and referral slip layouts, each different from the ticket', async () => {
    const sizes = new Set<number>();
    for (const layout of ['ticket', 'request-receipt', 'referral-slip']) {
      const res = await preview(`printerModel=epson-tm-t20iii&language=en&layout=${layout}`);
      expect(res.statusCode).toBe(200);
      sizes.add(PrintPreview.parse(res.json()).bytes);
    }
    expect(sizes.size).toBe(3);
  });

  it('refuses a language the site does not offer and an unknown printer model', async () => {
    const french = await preview('printerModel=epson-tm-t88vi&language=fr');
    expect([french.statusCode, errorCode(french)]).toEqual([400, 'invalid-request']);
    expect(ApiError.parse(french.json()).error.message).toContain('"fr"');
    const model = await preview('printerModel=star-tsp100&language=en');
    expect([model.statusCode, errorCode(model)]).toEqual([400, 'invalid-request']);
  });

  it('is for facilities and administrators only', async () => {
    expect(
      (await hub.get('/api/previews/print?printerModel=epson-tm-t88vi&language=en', 'desk')).statusCode,
    ).toBe(403);
  });
});

describe('GET /api/status/:token', () => {
  it('matches the status page for a waiting ticket', async () => {
    await issue();
    await issue();
    const third = await issue();
    const res = await hub.get(`/api/status/${third.statusToken}`, 'anonymous');
    expect(res.statusCode).toBe(200);
    const view = TicketStatusView.parse(res.json());
    expect(view).toMatchObject({
      number: third.ticket.number,
      serviceId: third.ticket.serviceId,
      status: 'waiting',
      counterName: null,
    });
    const page = await hub.get(`/status/${third.statusToken}`, 'anonymous');
    expect(page.body).toContain(`People ahead of you: <strong>${view.peopleAhead}</strong>`);
    expect(view.peopleAhead).toBe(2);
  });

  it('names the counter once the ticket is called', async () => {
    const { statusToken } = await issue();
    expect((await hub.callNext('counter-1')).statusCode).toBe(200);
    const view = TicketStatusView.parse((await hub.get(`/api/status/${statusToken}`, 'anonymous')).json());
    expect(view.status).toBe('called');
    expect(view.counterName).toBe(hub.config.counters.find((c) => c.id === 'counter-1')?.name);
  });

  it('answers the same 404 for an unknown token, a malformed one and a ticket id', async () => {
    const { ticket } = await issue();
    const answers = await Promise.all(
      ['A'.repeat(32), 'short', ticket.id].map((token) => hub.get(`/api/status/${token}`, 'anonymous')),
    );
    for (const res of answers) {
      expect(res.statusCode).toBe(404);
      expect(errorCode(res)).toBe('not-found');
    }
    expect(new Set(answers.map((r) => r.body)).size).toBe(1);
  });
});

describe('GET /api/tickets/find', () => {
  const find = (q: string) => hub.get(`/api/tickets/find?q=${encodeURIComponent(q)}`, 'desk');
  const found = async (q: string) => {
    const res = await find(q);
    expect(res.statusCode).toBe(200);
    return TicketResult.parse(res.json()).ticket;
  };

  it('finds today’s visit by a status URL on any host, by its token, and by its number in any case', async () => {
    await issue();
    const { ticket, statusToken } = await issue();
    expect((await found(`https://lobby.example.org/status/${statusToken}`)).id).toBe(ticket.id);
    expect((await found(`http://127.0.0.1:8311/status/${statusToken}?from=qr#top`)).id).toBe(ticket.id);
    expect((await found(statusToken)).id).toBe(ticket.id);
    expect((await found(ticket.number.toLowerCase())).id).toBe(ticket.id);
    expect((await found(` ${ticket.number} `)).id).toBe(ticket.id);
  });

  it('never finds a visit by its ticket id, and says so plainly', async () => {
    const { ticket } = await issue();
    const res = await find(ticket.id);
    expect([res.statusCode, errorCode(res)]).toEqual([404, 'not-found']);
    expect(ApiError.parse(res.json()).error.message).toMatch(/^No ticket today/);
  });

  it('does not find yesterday’s number or token, only today’s ticket with the same number', async () => {
    const yesterday = await issue();
    hub.clock.advance(24 * 60 * 60_000);
    expect((await find(yesterday.ticket.number)).statusCode).toBe(404);
    expect((await find(yesterday.statusToken)).statusCode).toBe(404);
    const today = await issue();
    expect(today.ticket.number).toBe(yesterday.ticket.number);
    expect((await found(yesterday.ticket.number)).id).toBe(today.ticket.id);
  });

  it('is for the desk and supervisors only', async () => {
    expect((await hub.get('/api/tickets/find?q=A001', 'facilities')).statusCode).toBe(403);
    expect((await hub.get('/api/tickets/find?q=A001', 'kiosk')).statusCode).toBe(403);
  });
});
