// Fuzzes every hubApi route with seeded hostile requests: always 4xx ApiError (or success), never 5xx, no half-writes.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ApiError, type HubRoute, hubApi } from '../../../../machines/contracts/index.js';
import { createHostileRequests } from './hostileRequests.js';
import { type Credential, injectAs, type SecuredHub, startSecuredHub } from './securedHub.js';

const requestsPerRoute = 150;
const credentials: readonly Credential[] = [
  'none',
  'desk',
  'supervisor',
  'administrator',
  'kiosk',
  'display',
];

/** Bookkeeping a refused request may legitimately write: the audit trail and sign-in failure counters. */
const notContent = new Set(['audit_log', 'audit_retention', 'sqlite_sequence']);
const bookkeepingColumns = ['failed_logins', 'locked_until', 'last_seen_at'];

/** Routes that end the caller's own sessions run last, so the others are fuzzed while signed in. */
const endsSessions = (route: HubRoute) => route === 'logout' || route === 'signOutEverywhere';
const routes = (Object.keys(hubApi) as HubRoute[]).sort(
  (a, b) => Number(endsSessions(a)) - Number(endsSessions(b)),
);

let hub: SecuredHub;
let reader: Database.Database;

/** A digest of every row of every content table, read through a separate connection. */
function digest(): string {
  const hash = createHash('sha256');
  const tables = reader
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables.filter((t) => !notContent.has(t))) {
    hash.update(`\n${table}:`);
    for (const row of reader.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Record<
      string,
      unknown
    >[]) {
      for (const column of bookkeepingColumns) delete row[column];
      hash.update(JSON.stringify(row));
    }
  }
  return hash.digest('hex');
}

beforeAll(async () => {
  hub = await startSecuredHub();
  reader = new Database(join(hub.dataDir, 'hub.sqlite'), { readonly: true });
});
afterAll(async () => {
  reader?.close();
  await hub?.close();
});

describe('fuzzing every hub API route', () => {
  it('covers every route of the contract', () => {
    expect(routes).toHaveLength(Object.keys(hubApi).length);
    expect(routes.length).toBeGreaterThanOrEqual(20);
  });

  it.each(routes)(
    '%s: hostile requests get a 4xx ApiError, never a 5xx, and change nothing',
    async (route) => {
      const next = createHostileRequests(route, 7_311 + routes.indexOf(route));
      const statuses = new Set<number>();
      let before = digest();
      for (let i = 0; i < requestsPerRoute; i++) {
        const { options, label } = next();
        const credential = credentials[i % credentials.length]!;
        const res = await injectAs(hub, credential, options);
        const where = `${credential} ${label}`;
        statuses.add(res.statusCode);
        expect(res.statusCode, where).toBeLessThan(500);
        if (res.statusCode >= 400) {
          expect(ApiError.safeParse(res.json()).success, where).toBe(true);
          expect(digest(), `half-written by ${where}`).toBe(before);
          continue;
        }
        const { response, format } = hubApi[route] as { response: z.ZodType; format?: 'csv' };
        expect(response.safeParse(format === 'csv' ? res.body : res.json()).success, where).toBe(true);
        before = digest();
      }
      const { method, path, access } = hubApi[route] as {
        method: string;
        path: string;
        access: readonly string[];
      };
      const refusable = method === 'POST' || path.includes(':') || !access.includes('public');
      expect([...statuses].some((status) => status >= 400 && status < 500)).toBe(refusable);
    },
  );

  it('leaves the hub healthy and Object.prototype untouched', async () => {
    expect((await hub.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
