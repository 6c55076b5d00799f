// kill -9 a real hub in the middle of a stream of mixed desk work (issue, call, arrive, transfer, park,
// complete), restart it on the same data: the queue is exactly what was committed, every answered command in it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  IssueTicketResult,
  QueueSnapshot,
  type Ticket,
  TicketResult,
  type TicketStatus,
} from '../../../machines/contracts/index.js';
import { type SignedInDesk, setUpHubAccess, signInDesks } from '../../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../../support/hubProcess.js';
import { getJson, kioskIssue, loadTestConfigFile, postJson } from './support/hubHttp.js';

const killAfterAnswers = 180;

/** Each lane is one desk: its counter, the service its visitors come for and the one they are sent on to. */
const lanes = [
  { counterId: 'counter-1', first: 'utility-bills', sentOn: 'business-tax' },
  { counterId: 'counter-2', first: 'utility-bills', sentOn: 'parking' },
  { counterId: 'counter-3', first: 'permits', sentOn: 'housing' },
  { counterId: 'counter-4', first: 'parking', sentOn: 'business-tax' },
  { counterId: 'counter-5', first: 'housing', sentOn: 'report-problem' },
] as const;

interface Known {
  /** The ticket as the last answered command left it (undefined: its issue was never answered). */
  last: Ticket | undefined;
  statusToken: string | undefined;
  /** Status the unanswered command in flight at the kill would have led to, if any. */
  inFlight: TicketStatus | undefined;
}

let hub: HubProcess | undefined;
const scratch = mkdtempSync(join(tmpdir(), 'lobby311-crash-mixed-'));
const config = loadTestConfigFile(scratch);
afterAll(async () => {
  await hub?.stop();
  if (hub) rmSync(hub.dataDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('a hub killed with SIGKILL in the middle of mixed desk work', () => {
  it('restarts with exactly the committed queue: every answered command present, nothing else', async () => {
    const first = await startHubProcess({ config });
    hub = first;
    const access = await setUpHubAccess(first);
    const desks = await signInDesks(
      first.url,
      access.adminCookie,
      lanes.map((l) => l.counterId),
    );
    const known = new Map<string, Known>();
    let answers = 0;
    let killing: Promise<void> | undefined;

    /** Sends one command; records its answer, or (once the kill has begun) what it was about to do. */
    const step = async (
      id: string,
      next: TicketStatus,
      send: () => Promise<{ status: number; body: unknown }>,
    ) => {
      try {
        const res = await send();
        expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
        const ticket =
          next === 'waiting' && !known.get(id)?.last
            ? IssueTicketResult.parse(res.body).ticket
            : TicketResult.parse(res.body).ticket;
        expect(ticket.status).toBe(next);
        known.get(id)!.last = ticket;
        answers += 1;
        if (answers === killAfterAnswers) killing = first.kill('SIGKILL');
        return true;
      } catch (error) {
        if (!killing) throw error;
        known.get(id)!.inFlight = next;
        return false;
      }
    };

    const runLane = async (lane: (typeof lanes)[number], desk: SignedInDesk) => {
      const post = (path: string, body: unknown) =>
        postJson(`${first.url}${path}`, body, { cookie: desk.cookie });
      const callTicket = (id: string) =>
        post(`/api/counters/${lane.counterId}/call`, { ticketId: id, requestId: crypto.randomUUID() });
      for (let n = 0; !killing; n++) {
        const body = kioskIssue(lane.first, `kiosk-${lane.counterId}`);
        const id = body.requestId;
        known.set(id, { last: undefined, statusToken: undefined, inFlight: undefined });
        const issued = await step(id, 'waiting', async () => {
          const res = await postJson(`${first.url}/api/tickets`, body, access.headers('kiosk'));
          if (res.status === 201) known.get(id)!.statusToken = IssueTicketResult.parse(res.body).statusToken;
          return res;
        });
        const steps: [TicketStatus, () => Promise<{ status: number; body: unknown }>][] = [
          ['called', () => callTicket(id)],
          ['serving', () => post(`/api/tickets/${id}/arrive`, {})],
          [
            'waiting',
            () =>
              post(`/api/tickets/${id}/transfer`, {
                serviceId: lane.sentOn,
                counterId: lane.counterId,
                placement: 'front',
              }),
          ],
          ['called', () => callTicket(id)],
          ['serving', () => post(`/api/tickets/${id}/arrive`, {})],
          n % 3 === 0
            ? ['completed', () => post(`/api/tickets/${id}/complete`, { outcomeId: 'resolved' })]
            : ['parked', () => post(`/api/tickets/${id}/park`, {})],
        ];
        if (!issued) return;
        for (const [next, send] of steps) if (!(await step(id, next, send))) return;
      }
    };
    await Promise.all(lanes.map((lane, i) => runLane(lane, desks[i]!)));
    await killing;
    expect(answers).toBeGreaterThanOrEqual(killAfterAnswers);

    hub = await startHubProcess({ dataDir: first.dataDir, config });
    const restarted = hub;
    const snapshot = QueueSnapshot.parse(
      (await getJson(`${restarted.url}/api/queue`, access.headers('supervisor'))).body,
    );
    const stored = new Map(snapshot.tickets.map((t) => [t.id, t]));
    expect([...stored.keys()].every((id) => known.has(id))).toBe(true);

    for (const [id, { last, inFlight, statusToken }] of known) {
      const now = stored.get(id);
      if (inFlight !== undefined) {
        const possible = [last?.status, inFlight];
        if (now) expect(possible).toContain(now.status);
        else expect(last === undefined || inFlight === 'completed' || last.status === 'completed').toBe(true);
        continue;
      }
      if (!last) continue;
      if (last.status === 'completed') {
        expect(now).toBeUndefined();
        const page = await fetch(`${restarted.url}/status/${statusToken}`);
        expect(await page.text()).toContain('Finished');
        continue;
      }
      expect(now).toEqual(last);
    }
  }, 120_000);
});
