// A real hub process under load: 20 kiosks issue 500 tickets at once, 5 desks call and finish them all at once,
// and two desks that call the same ticket at the same moment: exactly one wins, the other is told plainly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiError,
  CallNextResult,
  IssueTicketResult,
  type Ticket,
  TicketResult,
} from '../../../machines/contracts/index.js';
import { type HubAccess, type SignedInDesk, setUpHubAccess, signInDesks } from '../../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../../support/hubProcess.js';
import { kioskIssue, loadTestConfigFile, positionOf, postJson } from './support/hubHttp.js';

const kiosks = 20;
const ticketsToIssue = 500;
const services = ['utility-bills', 'permits', 'parking', 'housing'];
/** Between them these counters serve the queues of every service above. */
const counters = ['counter-1', 'counter-2', 'counter-3', 'counter-4', 'counter-5'];

let hub: HubProcess;
let access: HubAccess;
let desks: SignedInDesk[];
let scratch: string;
const issued: Ticket[] = [];

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'lobby311-load-'));
  hub = await startHubProcess({ config: loadTestConfigFile(scratch) });
  access = await setUpHubAccess(hub);
  desks = await signInDesks(hub.url, access.adminCookie, counters);
});
afterAll(async () => {
  await hub.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const deskPost = (desk: SignedInDesk, path: string, body: unknown) =>
  postJson(`${hub.url}${path}`, body, { cookie: desk.cookie });

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

  it('lets 5 desks calling at once call every ticket exactly once, skipping nobody', async () => {
    const called: { counter: string; ticket: Ticket }[] = [];
    const desk = async (d: SignedInDesk) => {
      for (;;) {
        const res = await deskPost(d, `/api/counters/${d.counterId}/call-next`, {
          requestId: crypto.randomUUID(),
        });
        if (res.status === 409) {
          expect(ApiError.parse(res.body).error.code).toBe('nothing-waiting');
          return;
        }
        expect(res.status).toBe(200);
        const { ticket } = CallNextResult.parse(res.body);
        called.push({ counter: d.counterId, ticket });
        const done = await deskPost(d, `/api/tickets/${ticket.id}/complete`, { outcomeId: 'resolved' });
        expect(done.status).toBe(200);
      }
    };
    await Promise.all(desks.map(desk));

    const calledIds = called.map((c) => c.ticket.id);
    expect(calledIds).toHaveLength(ticketsToIssue);
    expect(new Set(calledIds).size).toBe(ticketsToIssue);
    expect(new Set(calledIds)).toEqual(new Set(issued.map((t) => t.id)));
    for (const { counter, ticket } of called) {
      expect(ticket).toMatchObject({ status: 'called', counterId: counter, callCount: 1 });
    }
    expect(new Set(called.map((c) => c.counter)).size).toBeGreaterThan(1);
  }, 180_000);

  it('lets exactly one of two desks calling the same ticket at once have it; the other gets 409 conflict', async () => {
    const [one, two] = desks.filter((d) => d.counterId === 'counter-1' || d.counterId === 'counter-2');
    for (let round = 0; round < 10; round++) {
      const res = await postJson(
        `${hub.url}/api/tickets`,
        kioskIssue('utility-bills', 'kiosk-race'),
        access.headers('kiosk'),
      );
      const { ticket } = IssueTicketResult.parse(res.body);
      const answers = await Promise.all(
        [one!, two!].map((d) =>
          deskPost(d, `/api/counters/${d.counterId}/call`, {
            ticketId: ticket.id,
            requestId: crypto.randomUUID(),
          }),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const winner = answers.findIndex((a) => a.status === 200);
      const won = TicketResult.parse(answers[winner]!.body).ticket;
      const winnerCounter = [one!, two!][winner]!.counterId;
      expect(won).toMatchObject({ id: ticket.id, status: 'called', counterId: winnerCounter });
      const { error } = ApiError.parse(answers[1 - winner]!.body);
      expect(error.code).toBe('conflict');
      expect(error.message).toContain(ticket.number);
      expect(error.message).toContain(winnerCounter === 'counter-1' ? 'Counter 1' : 'Counter 2');
      const winnerDesk = [one!, two!][winner]!;
      const done = await deskPost(winnerDesk, `/api/tickets/${ticket.id}/complete`, {
        outcomeId: 'resolved',
      });
      expect(done.status).toBe(200);
    }
  });
});
