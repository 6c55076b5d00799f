// In-process hub for endpoint tests: a temp SQLite file, a fake clock, request builders and row counts.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { IssueTicketBody, SiteConfig } from '../../../../machines/contracts/index.js';
import { loadSiteConfig } from '../../../../main/hub/loadConfig.js';
import { createHub, type HubOptions } from '../../../../main/hub/server.js';
import { defaultSiteConfig } from '../../../../main/paths.js';

export interface FakeClock {
  now: () => Date;
  set(iso: string): void;
  advance(ms: number): void;
}

export function createFakeClock(iso: string): FakeClock {
  let current = new Date(iso).getTime();
  return {
    now: () => new Date(current),
    set: (next) => {
      current = new Date(next).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

export const siteConfig = (): SiteConfig => loadSiteConfig(defaultSiteConfig);

export interface TestHub {
  app: FastifyInstance;
  clock: FakeClock;
  dataDir: string;
  config: SiteConfig;
  /** Rows in the hub database right now, read through a separate connection. */
  counts(): { tickets: number; events: number; callRequests: number };
  issue(overrides?: Partial<IssueTicketBody>): Promise<LightMyRequestResponse>;
  callNext(counterId?: string, requestId?: string): Promise<LightMyRequestResponse>;
  post(url: string, payload: unknown): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export function issueBody(overrides: Partial<IssueTicketBody> = {}): IssueTicketBody {
  return {
    requestId: randomUUID(),
    serviceId: 'utility-bills',
    language: 'es',
    needs: { interpreter: null, accessibility: [] },
    deviceId: 'kiosk-1',
    ...overrides,
  };
}

/** 10:00 in Portland on 26 November 2026 (a Thursday, standard time). */
export const portlandMorning = '2026-11-26T18:00:00.000Z';

export async function startTestHub(
  options: { clockAt?: string; config?: SiteConfig } & Partial<
    Pick<HubOptions, 'rendererDir' | 'events'>
  > = {},
): Promise<TestHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-hub-test-'));
  const clock = createFakeClock(options.clockAt ?? portlandMorning);
  const config = options.config ?? siteConfig();
  const hub = await createHub({
    dataDir,
    config,
    now: clock.now,
    rendererDir: options.rendererDir ?? join(dataDir, 'no-renderer'),
    ...(options.events ? { events: options.events } : {}),
  });
  const post = (url: string, payload: unknown) =>
    hub.app.inject({ method: 'POST', url, payload: payload as object });
  return {
    app: hub.app,
    clock,
    dataDir,
    config,
    counts() {
      const db = new Database(join(dataDir, 'hub.sqlite'), { readonly: true });
      try {
        const count = (table: string) =>
          (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
        return {
          tickets: count('tickets'),
          events: count('ticket_events'),
          callRequests: count('call_requests'),
        };
      } finally {
        db.close();
      }
    },
    issue: (overrides) => post('/api/tickets', issueBody(overrides)),
    callNext: (counterId = 'counter-1', requestId = randomUUID()) =>
      post(`/api/counters/${counterId}/call-next`, { requestId }),
    post,
    async close() {
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
