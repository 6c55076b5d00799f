// Number leases on a real hub process over HTTP: 5 kiosks × 30 concurrent lease requests while tickets are
// issued online; blocks never overlap, online numbers stop below the band, both run out plainly, retries repeat.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, IssueTicketResult, LeaseList, NumberLease } from '../../../machines/contracts/index.js';
import { createEnrolmentCodeViaCli, enrolDevice } from '../../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../../support/hubProcess.js';
import { getJson, kioskIssue, positionOf, postJson } from './support/hubHttp.js';
import { relaxedSiteConfig } from './support/testHub.js';

const kiosks = 5;
const requestsPerKiosk = 30;
/** Utility numbers 1–60: the hub issues 1–30, the band 31–60 is leased in blocks of 4 (7 blocks of 4, one of 2). */
const band = { first: 31, last: 60 };

let hub: HubProcess;
let scratch: string;
let tokens: string[];

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'lobby311-leases-'));
  const config = relaxedSiteConfig((c) => ({
    ...c,
    queues: c.queues.map((q) => {
      if (q.id === 'utility') return { ...q, firstNumber: 1, lastNumber: 60, offlineBand: 30 };
      return q.id === 'info' ? { ...q, offlineBand: 0 } : q;
    }),
    services: c.services.map((s) => ({ ...s, dailyCap: null })),
    offline: { ...c.offline, leaseSize: 4, maxLeasesPerKioskPerDay: 20 },
  }));
  const file = join(scratch, 'site.json');
  writeFileSync(file, JSON.stringify(config));
  hub = await startHubProcess({ config: file });
  tokens = [];
  for (let k = 0; k < kiosks; k++) {
    tokens.push(
      await enrolDevice(hub.url, await createEnrolmentCodeViaCli(hub.dataDir, 'kiosk', `Kiosk ${k}`)),
    );
  }
}, 60_000);
afterAll(async () => {
  await hub.stop();
  rmSync(scratch, { recursive: true, force: true });
});

const auth = (k: number) => ({ authorization: `Bearer ${tokens[k]}` });
const askLease = (k: number, requestId: string, queueId = 'utility') =>
  postJson(`${hub.url}/api/devices/me/leases`, { requestId, queueId }, auth(k));

describe('number leases under concurrent requests', () => {
  it('never grants a number twice, keeps the hub below the band and says plainly when either runs out', async () => {
    const granted: { kiosk: number; requestId: string; lease: NumberLease }[] = [];
    const exhausted: ApiError[] = [];
    const online: string[] = [];
    const full: ApiError[] = [];
    const leasing = async (k: number) => {
      await Promise.all(
        Array.from({ length: requestsPerKiosk }, async () => {
          const requestId = randomUUID();
          const res = await askLease(k, requestId);
          if (res.status === 200) granted.push({ kiosk: k, requestId, lease: NumberLease.parse(res.body) });
          else {
            expect(res.status).toBe(409);
            exhausted.push(ApiError.parse(res.body));
          }
        }),
      );
    };
    const issuing = async (k: number) => {
      for (let n = 0; n < 8; n++) {
        const res = await postJson(
          `${hub.url}/api/tickets`,
          kioskIssue('utility-bills', `kiosk-${k}`),
          auth(k),
        );
        if (res.status === 201) online.push(IssueTicketResult.parse(res.body).ticket.number);
        else {
          expect(res.status).toBe(409);
          full.push(ApiError.parse(res.body));
        }
      }
    };
    const everyKiosk = Array.from({ length: kiosks }, (_, k) => k);
    await Promise.all([...everyKiosk.map(leasing), ...everyKiosk.map(issuing)]);

    const leased = granted.flatMap(({ lease }) =>
      Array.from({ length: lease.last - lease.first + 1 }, (_, i) => lease.first + i),
    );
    expect(granted).toHaveLength(8);
    expect(new Set(leased).size).toBe(leased.length);
    expect([...leased].sort((a, b) => a - b)).toEqual(
      Array.from({ length: band.last - band.first + 1 }, (_, i) => band.first + i),
    );
    for (const { lease } of granted) expect(lease.last - lease.first + 1).toBeLessThanOrEqual(4);

    const onlinePositions = online.map(positionOf).sort((a, b) => a - b);
    expect(onlinePositions).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(full).toHaveLength(kiosks * 8 - 30);
    for (const refusal of full) expect(refusal.error.code).toBe('queue-full');
    expect(exhausted).toHaveLength(kiosks * requestsPerKiosk - 8);
    for (const refusal of exhausted) {
      expect(refusal.error.code).toBe('lease-exhausted');
      expect(refusal.error.message).toMatch(/offline numbers .* given out/);
    }

    const [retried] = granted;
    const again = await askLease(retried!.kiosk, retried!.requestId);
    expect(again.status).toBe(200);
    expect(NumberLease.parse(again.body)).toEqual(retried!.lease);

    for (const k of everyKiosk) {
      const listed = LeaseList.parse((await getJson(`${hub.url}/api/devices/me/leases`, auth(k))).body);
      const mine = granted.filter((g) => g.kiosk === k).map((g) => g.lease.id);
      expect(listed.leases.map((l) => l.id).sort()).toEqual(mine.sort());
    }
  }, 60_000);

  it('refuses a queue without a band and a kiosk past its blocks for the day', async () => {
    const noBand = await askLease(0, randomUUID(), 'info');
    expect(noBand.status).toBe(400);
    expect(ApiError.parse(noBand.body).error).toMatchObject({ code: 'invalid-request' });
    expect(ApiError.parse(noBand.body).error.message).toContain('offlineBand is 0');
    const noSuchQueue = await askLease(0, randomUUID(), 'no-such-queue');
    expect(noSuchQueue.status).toBe(404);

    const answers = [];
    for (let n = 0; n < 21; n++) answers.push(await askLease(1, randomUUID(), 'permits'));
    expect(answers.slice(0, 20).map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(answers[20]!.status).toBe(429);
    expect(ApiError.parse(answers[20]!.body).error.code).toBe('rate-limited');
  }, 60_000);
});
