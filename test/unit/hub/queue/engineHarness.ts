// A real queue engine for tests: SQLite in a temp folder, a fake clock, and every published event recorded.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Needs, SiteConfig, Ticket } from '../../../../machines/contracts/index.js';
import { createHubEventBus, type HubEvent } from '../../../../main/hub/queue/hubEventBus.js';
import { createQueueService } from '../../../../main/hub/queue/queueService.js';
import type { Actor, QueueService } from '../../../../main/hub/queue/queueServiceApi.js';
import type { QueueStore } from '../../../../main/hub/store/queueStore.js';
import { openSqliteStore } from '../../../../main/hub/store/sqliteStore.js';
import { testSiteConfig } from '../../../support/siteConfig.js';

/** 10:00 on Thursday 2026-11-26 in Portland (America/Los_Angeles, UTC−8). */
export const thursdayTen = '2026-11-26T18:00:00.000Z';

export const ana = { userId: randomUUID(), deviceId: null, displayName: 'Ana' };
export const ben = { userId: randomUUID(), deviceId: null, displayName: 'Ben' };
export const supervisor: Actor = { userId: randomUUID(), deviceId: null, supervisor: true };
export const kiosk: Actor = { userId: null, deviceId: 'kiosk-1' };
export const noNeeds: Needs = { interpreter: null, accessibility: [] };

export interface Engine {
  service: QueueService;
  store: QueueStore;
  config: SiteConfig;
  /** Every event published on the bus, in order. */
  events: HubEvent[];
  now(): Date;
  setTime(iso: string): void;
  advanceSeconds(seconds: number): void;
  /** Closes the store and opens the same database again with a fresh engine (a hub restart). */
  restart(): void;
  close(): void;
  issue(serviceId?: string, needs?: Needs, priorityClass?: string): Ticket;
  /** Signs `who` in at `counterId` (default Ana at counter-1). */
  openCounter(counterId?: string, who?: typeof ana): void;
  callNext(counterId?: string, who?: Actor): Ticket;
}

export function createEngine(options: { config?: SiteConfig; start?: string } = {}): Engine {
  const dir = mkdtempSync(join(tmpdir(), 'lobby311-queue-'));
  const file = join(dir, 'hub.sqlite');
  const config = options.config ?? testSiteConfig();
  let clock = new Date(options.start ?? thursdayTen);
  const events: HubEvent[] = [];
  const bus = createHubEventBus((error) => {
    throw error;
  });
  bus.subscribe((event) => events.push(event));
  let store = openSqliteStore(file);
  const build = () => createQueueService({ store, config, now: () => clock }, bus);

  const engine: Engine = {
    service: build(),
    store,
    config,
    events,
    now: () => clock,
    setTime(iso) {
      clock = new Date(iso);
    },
    advanceSeconds(seconds) {
      clock = new Date(clock.getTime() + seconds * 1000);
    },
    restart() {
      store.close();
      store = openSqliteStore(file);
      engine.store = store;
      engine.service = build();
    },
    close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
    issue(serviceId = 'utility-bills', needs = noNeeds, priorityClass) {
      const by = priorityClass ? { userId: ana.userId, deviceId: null } : kiosk;
      return engine.service.issueTicket({
        requestId: randomUUID(),
        serviceId,
        language: 'es',
        needs,
        deviceId: 'kiosk-1',
        ...(priorityClass ? { priorityClass } : {}),
        by,
      }).ticket;
    },
    openCounter(counterId = 'counter-1', who = ana) {
      engine.service.signIn({ counterId, by: who });
    },
    callNext(counterId = 'counter-1', who: Actor = ana) {
      return engine.service.callNext({ counterId, requestId: randomUUID(), by: who }).ticket;
    },
  };
  return engine;
}

/** Runs `fn` and returns the QueueError code it threw (or fails the test if it did not throw one). */
export function refusal(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    const e = error as { name?: string; code?: string; message: string };
    if (e.name === 'QueueError' && e.code) return { code: e.code, message: e.message };
    throw error;
  }
  throw new Error('expected a QueueError, but the command succeeded');
}
