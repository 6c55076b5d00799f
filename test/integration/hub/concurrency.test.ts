// A real hub process under load: 20 kiosks issue 500 tickets at once, then 5 desks call them all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, IssueTicketResult, type Ticket, TicketResult } from '../../../machines/contracts/index.js';
import { type HubAccess, setUpHubAccess } from '../../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../../support/hubProcess.js';
import { kioskIssue, loadTestConfigFile, positionOf, postJson } from './support/hubHttp.js';

const kiosks = 20;
const ticketsToIssue = 500;
const desks = 5;
const services = ['utility-bills', 'permits', 'parking', 'housing'];

let hub: HubProcess;
let access: HubAccess;
let scratch: string;
const issued: Ticket[] = [];

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'lobby311-load-'));
  hub = await startHubProcess({ config: loadTestConfigFile(scratch) });
  access = await setUpHubAccess(hub);
});
afterAll(async () => {
  await hub.stop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a real hub under concurrent load', () => {
  it('gives 500 tickets from 20 kiosks unique, gapless numbers in every queue', async () => {
    let started = 0;
    const kiosk = async (k: number) => {
      while (started < ticketsToIssue) {
        const n = started++;
        const res = await postJson(
          `${hub.url}/api/tickets`,
          kioskIssue(services[n % services.length]!, `kiosk-${k}`),
          access.headers('kiosk'),
        );
        expect(res.status).toBe(201);
        issued.push(IssueTicketResult.parse(res.body).ticket);
      }
    };
    await Promise.all(Array.from({ length: kiosks }, (_, k) => kiosk(k)));

    expect(issued).toHaveLength(ticketsToIssue);
    expect(new Set(issued.map((t) => t.id)).size).toBe(ticketsToIssue);
    expect(new Set(issued.map((t) => t.number)).size).toBe(ticketsToIssue);
    for (const queueId of new Set(issued.map((t) => t.queueId))) {
      const positions = issued
        .filter((t) => t.queueId === queueId)
        .map((t) => positionOf(t.number))
        .sort((a, b) => a - b);
      expect(positions).toEqual(positions.map((_, i) => i + 1));
    }
  });

  it('lets 5 desks calling at once call every ticket exactly once', async () => {
    const called: { counter: string; ticket: Ticket }[] = [];
    const desk = async (d: number) => {
      const counter = `counter-${d + 1}`;
      for (;;) {
        const res = await postJson(
          `${hub.url}/api/counters/${counter}/call-next`,
          { requestId: crypto.randomUUID() },
          access.headers('supervisor'),
        );
        if (res.status === 409) {
          expect(ApiError.parse(res.body).error.code).toBe('nothing-waiting');
          return;
        }
        expect(res.status).toBe(200);
        called.push({ counter, ticket: TicketResult.parse(res.body).ticket });
      }
    };
    await Promise.all(Array.from({ length: desks }, (_, d) => desk(d)));

    const calledIds = called.map((c) => c.ticket.id);
    expect(calledIds).toHaveLength(ticketsToIssue);
    expect(new Set(calledIds).size).toBe(ticketsToIssue);
    expect(new Set(calledIds)).toEqual(new Set(issued.map((t) => t.id)));
    for (const { counter, ticket } of called) {
      expect(ticket).toMatchObject({ status: 'called', counterId: counter, callCount: 1 });
    }
    expect(new Set(called.map((c) => c.counter)).size).toBeGreaterThan(1);
  });
});
