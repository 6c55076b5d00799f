// Ticket issuing on its own SQLite connection, noting every table's row count after each ticket. Issuing only
// appends rows (the backup test checks that), so the state after ticket k is the final state cut to those counts:
// a backup taken meanwhile, by this process or another, can be matched against the exact state at one moment.
import { randomUUID } from 'node:crypto';
import { setImmediate, setTimeout } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { SiteConfig } from '../../../../machines/contracts/index.js';
import { createHubEventBus } from '../../../../main/hub/queue/hubEventBus.js';
import { createQueueService } from '../../../../main/hub/queue/queueService.js';
import { openSqliteStore } from '../../../../main/hub/store/sqliteStore.js';

/** Every table of a database (the schema included) and its rows in storage order. */
export type TableDump = Record<string, unknown[]>;
export type RowCounts = Record<string, number>;

const tablesOf = (db: Database.Database): string[] =>
  db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];

export function dumpTables(file: string): TableDump {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const dump: TableDump = { sqlite_master: db.prepare('SELECT * FROM sqlite_master ORDER BY name').all() };
    for (const table of tablesOf(db))
      dump[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all();
    return dump;
  } finally {
    db.close();
  }
}

/** `dump` with each table cut to its first `counts[table]` rows. */
export const cutTo = (dump: TableDump, counts: RowCounts): TableDump =>
  Object.fromEntries(
    Object.entries(dump).map(([table, rows]) => [table, rows.slice(0, counts[table] ?? rows.length)]),
  );

export interface IssuingLoad {
  /** Tickets issued so far. */
  readonly issued: number;
  /** Row counts per table after `count` tickets (0: when the load was created). */
  countsAfter(count: number): RowCounts;
  /** Issues one ticket (synchronously, one transaction) and notes the row counts after it. */
  issueOne(): void;
  /**
   * Issues tickets until `until` settles and resolves with its outcome: one per turn of the event loop (for work in
   * this process), or one every `everyMs` (the load profile for work in another process, which takes seconds).
   */
  runDuring<T>(until: Promise<T>, everyMs?: number): Promise<T>;
  close(): void;
}

const services = ['utility-bills', 'permits', 'parking', 'housing'];

export function createIssuingLoad(file: string, config: SiteConfig, now: () => Date): IssuingLoad {
  const store = openSqliteStore(file);
  const bus = createHubEventBus((error) => {
    throw error;
  });
  const queue = createQueueService({ store, config, now }, bus);
  const reader = new Database(file, { readonly: true });
  const counters = tablesOf(reader).map(
    (table) => [table, reader.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck()] as const,
  );
  const rowCounts = (): RowCounts =>
    Object.fromEntries(counters.map(([table, count]) => [table, count.get() as number]));
  const counts: RowCounts[] = [rowCounts()];
  const load: IssuingLoad = {
    get issued() {
      return counts.length - 1;
    },
    countsAfter: (count) => counts[count]!,
    issueOne() {
      queue.issueTicket({
        requestId: randomUUID(),
        serviceId: services[load.issued % services.length]!,
        language: 'en',
        needs: { interpreter: null, accessibility: [] },
        deviceId: 'kiosk-1',
        by: { userId: null, deviceId: 'kiosk-1' },
      });
      counts.push(rowCounts());
    },
    async runDuring(until, everyMs) {
      let settled = false;
      const watched = until.finally(() => {
        settled = true;
      });
      while (!settled) {
        load.issueOne();
        await (everyMs === undefined ? setImmediate() : setTimeout(everyMs));
      }
      return watched;
    },
    close() {
      reader.close();
      store.close();
    },
  };
  return load;
}
