// POST /api/tickets: issues numbered tickets per queue, idempotent on requestId; bad input writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, IssueTicketResult, SiteConfig } from '../../../../machines/contracts/index.js';
import { issueBody, siteConfig, startTestHub, type TestHub } from '../support/testHub.js';

let hub: TestHub;
beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(() => hub.close());

const ticketOf = (res: { json(): unknown }) => IssueTicketResult.parse(res.json());

describe('POST /api/tickets', () => {
  it('issues A001 to the first visitor of the day, then A002 with one person ahead', async () => {
    const first = await hub.issue();
    expect(first.statusCode).toBe(201);
    const a = ticketOf(first);
    expect(a.ticket).toMatchObject({ number: 'A001', queueId: 'utility', status: 'waiting', callCount: 0 });
    expect(a.ticket.serviceDay).toBe('2026-11-26');
    expect(a.ticket.issuedAt).toBe('2026-11-26T18:00:00.000Z');
    expect(a.peopleAhead).toBe(0);

    const b = ticketOf(await hub.issue({ language: 'en' }));
    expect(b.ticket.number).toBe('A002');
    expect(b.peopleAhead).toBe(1);
  });

  it('numbers each queue on its own, with its own prefix', async () => {
    await hub.issue();
    const permit = ticketOf(await hub.issue({ serviceId: 'permits' }));
    expect(permit.ticket.number).toBe('P001');
    expect(permit.peopleAhead).toBe(0);
  });

  it('keeps the language and needs the visitor chose on the ticket', async () => {
    const needs = {
      interpreter: { mode: 'video' as const, language: 'ase' },
      accessibility: ['wheelchair' as const],
    };
    const { ticket } = ticketOf(await hub.issue({ language: 'zh-Hans', needs }));
    expect(ticket.language).toBe('zh-Hans');
    expect(ticket.needs).toEqual(needs);
  });

  it('returns the same ticket and people-ahead when the same requestId is sent again', async () => {
    await hub.issue();
    const body = issueBody();
    const first = ticketOf(await hub.post('/api/tickets', body));
    await hub.issue();
    const before = hub.counts();
    const retry = await hub.post('/api/tickets', body);
    expect(retry.statusCode).toBe(201);
    expect(ticketOf(retry)).toEqual(first);
    expect(first.ticket.number).toBe('A002');
    expect(first.peopleAhead).toBe(1);
    expect(hub.counts()).toEqual(before);
  });

  it('pads to four digits when the queue goes past 999', async () => {
    const config = siteConfig();
    const wide = SiteConfig.parse({
      ...config,
      queues: config.queues.map((q) => ({ ...q, lastNumber: 1500 })),
    });
    const big = await startTestHub({ config: wide });
    try {
      expect(ticketOf(await big.issue()).ticket.number).toBe('A0001');
    } finally {
      await big.close();
    }
  });
});

describe('POST /api/tickets numbering from the queue configuration', () => {
  it("starts at the queue's first number, padded to the digits of its last", async () => {
    const config = siteConfig();
    const late = SiteConfig.parse({
      ...config,
      queues: config.queues.map((q) =>
        q.id === 'utility' ? { ...q, firstNumber: 100, lastNumber: 999 } : q,
      ),
    });
    const hundred = await startTestHub({ config: late });
    try {
      expect(ticketOf(await hundred.issue()).ticket.number).toBe('A100');
      expect(ticketOf(await hundred.issue()).ticket.number).toBe('A101');
    } finally {
      await hundred.close();
    }
  });
});

describe('POST /api/tickets refuses', () => {
  const expectError = async (
    res: { statusCode: number; json(): unknown },
    status: number,
    code: string,
    mention: RegExp,
  ) => {
    expect(res.statusCode).toBe(status);
    const { error } = ApiError.parse(res.json());
    expect(error.code).toBe(code);
    expect(error.message).toMatch(mention);
  };

  it('an unknown service, with 404 unknown-service and no ticket written', async () => {
    const before = hub.counts();
    await expectError(await hub.issue({ serviceId: 'dog-licences' }), 404, 'unknown-service', /dog-licences/);
    expect(hub.counts()).toEqual(before);
  });

  it('a ticket once the queue has issued its last number of the day, with 409 queue-full', async () => {
    const config = siteConfig();
    const small = SiteConfig.parse({
      ...config,
      queues: config.queues.map((q) => (q.id === 'utility' ? { ...q, lastNumber: 9, offlineBand: 0 } : q)),
    });
    const tiny = await startTestHub({ config: small });
    try {
      for (let i = 1; i <= 9; i++) expect((await tiny.issue()).statusCode).toBe(201);
      const before = tiny.counts();
      const full = await tiny.issue();
      expect(full.statusCode).toBe(409);
      expect(['queue-full', 'service-closed']).toContain(ApiError.parse(full.json()).error.code);
      expect(tiny.counts()).toEqual(before);
      expect(ticketOf(await tiny.issue({ serviceId: 'permits' })).ticket.number).toBe('P001');
    } finally {
      await tiny.close();
    }
  });

  const invalid: [string, unknown, RegExp][] = [
    ['a wrong type', { ...issueBody(), serviceId: 5 }, /"serviceId"/],
    ['a missing field', (({ deviceId: _, ...rest }) => rest)(issueBody()), /"deviceId"/],
    ['an oversize string', { ...issueBody(), deviceId: 'k'.repeat(65) }, /"deviceId"/],
    ['an extra field', { ...issueBody(), name: 'Ada Lovelace' }, /unknown field "name"/i],
    [
      'an extra nested field',
      { ...issueBody(), needs: { interpreter: null, accessibility: [], x: 1 } },
      /needs\.x/,
    ],
    ['a requestId that is not a UUID', { ...issueBody(), requestId: 'abc' }, /"requestId"/],
    ['a language that is not a language tag', { ...issueBody(), language: 'Spanish!' }, /"language"/],
    [
      'an unknown accessibility need',
      { ...issueBody(), needs: { interpreter: null, accessibility: ['x'] } },
      /needs\.accessibility\.0/,
    ],
    ['a body that is an array', [issueBody()], /JSON object/],
  ];
  it.each(invalid)(
    '%s, with 400 invalid-request naming the problem and nothing written',
    async (_, payload, mention) => {
      const before = hub.counts();
      await expectError(await hub.post('/api/tickets', payload), 400, 'invalid-request', mention);
      expect(hub.counts()).toEqual(before);
    },
  );

  it('malformed JSON, with 400 invalid-request', async () => {
    const res = await hub.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: { 'content-type': 'application/json' },
      payload: '{"requestId": ',
    });
    await expectError(res, 400, 'invalid-request', /not valid JSON/);
    expect(hub.counts().tickets).toBe(0);
  });

  it('a body that is not JSON, with 415 invalid-request', async () => {
    const res = await hub.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: { 'content-type': 'text/plain' },
      payload: 'A001 please',
    });
    await expectError(res, 415, 'invalid-request', /application\/json/);
    expect(hub.counts().tickets).toBe(0);
  });

  it('a body over 64 KB, with 413 invalid-request', async () => {
    const res = await hub.post('/api/tickets', { ...issueBody(), padding: 'x'.repeat(70_000) });
    await expectError(res, 413, 'invalid-request', /64 KB/);
    expect(hub.counts().tickets).toBe(0);
  });

  it('a __proto__ key, with 400 invalid-request', async () => {
    const res = await hub.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: { 'content-type': 'application/json' },
      payload: `{"__proto__": {"admin": true}, "requestId": "${issueBody().requestId}"}`,
    });
    await expectError(res, 400, 'invalid-request', /./);
    expect(hub.counts().tickets).toBe(0);
  });
});
