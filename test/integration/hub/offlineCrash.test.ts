// kill -9 a real hub while a kiosk hands over offline tickets, restart it and hand everything over again: every
// ticket exists exactly once, with the number it was printed with.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { HandOverResult, NumberLease, type OfflineTicket } from '../../../machines/contracts/index.js';
import { setUpHubAccess } from '../../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../../support/hubProcess.js';
import { postJson } from './support/hubHttp.js';
import { relaxedSiteConfig } from './support/testHub.js';

const batches = 16;
const perBatch = 25;
const streams = 4;

let hub: HubProcess | undefined;
const scratch = mkdtempSync(join(tmpdir(), 'lobby311-offline-crash-'));
afterAll(async () => {
  await hub?.stop();
  if (hub) rmSync(hub.dataDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

function configFile(): string {
  const config = relaxedSiteConfig((c) => ({
    ...c,
    queues: c.queues.map((q) => (q.id === 'utility' ? { ...q, offlineBand: 600 } : q)),
    offline: { ...c.offline, leaseSize: 500 },
  }));
  const file = join(scratch, 'site.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}

function ticketsOf(lease: NumberLease): OfflineTicket[][] {
  // From the grant on, 10 ms apart: the lease's service day, and never 5 minutes ahead of the hub's clock.
  const started = Date.parse(lease.grantedAt);
  return Array.from({ length: batches }, (_, b) =>
    Array.from({ length: perBatch }, (_, i) => {
      const n = b * perBatch + i;
      return {
        id: randomUUID(),
        leaseId: lease.id,
        queueId: 'utility',
        serviceId: 'utility-bills',
        number: lease.first + n,
        language: 'en',
        needs: { interpreter: null, accessibility: [] },
        issuedAt: new Date(started + n * 10).toISOString(),
        statusToken: randomBytes(24).toString('base64url'),
      };
    }),
  );
}

/** Rows per ticket id and per number for the given ids, read through a separate connection. */
function storedRows(dataDir: string, ids: string[]): { id: string; number: string }[] {
  const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
  try {
    const rows = db.prepare("SELECT id, number FROM tickets WHERE queue_id = 'utility'").all() as {
      id: string;
      number: string;
    }[];
    const wanted = new Set(ids);
    return rows.filter((r) => wanted.has(r.id));
  } finally {
    db.close();
  }
}

describe('a hub killed with SIGKILL mid-hand-over', () => {
  it('stores each offline ticket exactly once after the kiosk repeats the hand-over', async () => {
    const config = configFile();
    const first = await startHubProcess({ config });
    hub = first;
    const access = await setUpHubAccess(first);
    const kiosk = access.headers('kiosk');
    const leaseAnswer = await postJson(
      `${first.url}/api/devices/me/leases`,
      { requestId: randomUUID(), queueId: 'utility' },
      kiosk,
    );
    expect(leaseAnswer.status).toBe(200);
    const lease = NumberLease.parse(leaseAnswer.body);
    const all = ticketsOf(lease);
    const answeredBeforeKill = new Set<string>();
    let killing: Promise<void> | undefined;
    let next = 0;

    const stream = async () => {
      while (!killing && next < batches) {
        const batch = all[next++]!;
        try {
          const res = await postJson(`${first.url}/api/tickets/offline`, { tickets: batch }, kiosk);
          expect(res.status).toBe(200);
          for (const r of HandOverResult.parse(res.body).results) {
            expect(r.outcome).toBe('placed');
            answeredBeforeKill.add(r.id);
          }
          killing ??= first.kill('SIGKILL');
        } catch (error) {
          if (!killing) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: streams }, stream));
    await killing;
    expect(answeredBeforeKill.size).toBeGreaterThan(0);
    expect(answeredBeforeKill.size).toBeLessThan(batches * perBatch);

    hub = await startHubProcess({ dataDir: first.dataDir, config });
    const restarted = hub;
    const numbers = new Map<string, string | null>();
    for (const batch of all) {
      const res = await postJson(`${restarted.url}/api/tickets/offline`, { tickets: batch }, kiosk);
      expect(res.status).toBe(200);
      for (const r of HandOverResult.parse(res.body).results) {
        if (answeredBeforeKill.has(r.id)) expect(r.outcome).toBe('duplicate');
        else expect(['placed', 'duplicate']).toContain(r.outcome);
        numbers.set(r.id, r.number);
      }
    }
    for (const batch of all.slice(0, 3)) {
      const res = await postJson(`${restarted.url}/api/tickets/offline`, { tickets: batch }, kiosk);
      expect(HandOverResult.parse(res.body).results.map((r) => r.outcome)).toEqual(
        Array(perBatch).fill('duplicate'),
      );
    }

    const ids = all.flat().map((t) => t.id);
    const rows = storedRows(restarted.dataDir, ids);
    expect(rows).toHaveLength(ids.length);
    expect(new Set(rows.map((r) => r.id)).size).toBe(ids.length);
    expect(new Set(rows.map((r) => r.number)).size).toBe(ids.length);
    for (const t of all.flat()) {
      expect(numbers.get(t.id)).toBe(`A${t.number}`);
      expect(rows.find((r) => r.id === t.id)?.number).toBe(`A${t.number}`);
    }
  }, 120_000);
});
