// kill -9 a real hub while kiosks are issuing, restart it on the same data: nothing answered 2xx is lost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type IssueTicketBody, IssueTicketResult, QueueSnapshot } from '../../../machines/contracts/index.js';
import { setUpHubAccess } from '../../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../../support/hubProcess.js';
import { getJson, kioskIssue, loadTestConfigFile, positionOf, postJson } from './support/hubHttp.js';

const kiosks = 10;
const killAfterAnswers = 150;
const services = ['utility-bills', 'permits'];

let hub: HubProcess | undefined;
const scratch = mkdtempSync(join(tmpdir(), 'lobby311-crash-'));
const config = loadTestConfigFile(scratch);
afterAll(async () => {
  await hub?.stop();
  if (hub) rmSync(hub.dataDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('a hub killed with SIGKILL mid-load', () => {
  it('keeps every answered ticket, its number and the sign-ins, continues numbering, honours retries', async () => {
    const first = await startHubProcess({ config });
    hub = first;
    const access = await setUpHubAccess(first);
    const kiosk = access.headers('kiosk');
    const answered = new Map<string, { body: IssueTicketBody; number: string }>();
    const unanswered: IssueTicketBody[] = [];
    let killing: Promise<void> | undefined;

    const runKiosk = async (k: number) => {
      for (let n = 0; !killing; n++) {
        const body = kioskIssue(services[(k + n) % services.length]!, `kiosk-${k}`);
        try {
          const res = await postJson(`${first.url}/api/tickets`, body, kiosk);
          expect(res.status).toBe(201);
          answered.set(body.requestId, { body, number: IssueTicketResult.parse(res.body).ticket.number });
          if (answered.size === killAfterAnswers) killing = first.kill('SIGKILL');
        } catch (error) {
          if (!killing) throw error;
          unanswered.push(body);
        }
      }
    };
    await Promise.all(Array.from({ length: kiosks }, (_, k) => runKiosk(k)));
    await killing;
    expect(answered.size).toBeGreaterThanOrEqual(killAfterAnswers);
    expect(unanswered.length).toBeGreaterThan(0);

    hub = await startHubProcess({ dataDir: first.dataDir, config });
    const restarted = hub;

    const snapshot = QueueSnapshot.parse(
      (await getJson(`${restarted.url}/api/queue`, access.headers('supervisor'))).body,
    );
    const stored = new Map(snapshot.tickets.map((t) => [t.id, t.number]));
    for (const [requestId, { number }] of answered) expect(stored.get(requestId)).toBe(number);

    for (const { body, number } of [...answered.values()].slice(0, 40)) {
      const retry = await postJson(`${restarted.url}/api/tickets`, body, kiosk);
      expect(IssueTicketResult.parse(retry.body).ticket.number).toBe(number);
    }
    for (const body of unanswered) {
      const retry = await postJson(`${restarted.url}/api/tickets`, body, kiosk);
      expect(retry.status).toBe(201);
      const again = await postJson(`${restarted.url}/api/tickets`, body, kiosk);
      expect(IssueTicketResult.parse(again.body).ticket.number).toBe(
        IssueTicketResult.parse(retry.body).ticket.number,
      );
    }

    const before = Math.max(
      ...snapshot.tickets.filter((t) => t.queueId === 'utility').map((t) => positionOf(t.number)),
    );
    const fresh = IssueTicketResult.parse(
      (await postJson(`${restarted.url}/api/tickets`, kioskIssue('utility-bills', 'kiosk-new'), kiosk)).body,
    ).ticket;
    expect(positionOf(fresh.number)).toBeGreaterThan(before);
    expect([...answered.values()].map((a) => a.number)).not.toContain(fresh.number);

    const after = QueueSnapshot.parse(
      (await getJson(`${restarted.url}/api/queue`, access.headers('supervisor'))).body,
    );
    for (const queueId of ['utility', 'permits']) {
      const positions = after.tickets
        .filter((t) => t.queueId === queueId)
        .map((t) => positionOf(t.number))
        .sort((a, b) => a - b);
      expect(positions).toEqual(positions.map((_, i) => i + 1));
    }
  }, 120_000);
});
