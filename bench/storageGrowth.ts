// Storage growth: the hub database after a simulated year of weekdays (1,500 visits a day through the hub's
// API on a simulated clock, a nightly restart that runs the retention purge and closes the day), then the time to
// back it up and to restore it with the hub's own commands (main/hub/ops).
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { addDays, instantOfLocal, type LocalDate } from '../machines/time/localClock.js';
import { backupHubDatabase } from '../main/hub/ops/backupDatabase.js';
import { restoreHubDatabase } from '../main/hub/ops/restoreDatabase.js';
import { loadSiteConfig } from './lib/benchHub.js';
import { type BenchOptions, type BenchSection, setting } from './lib/benchSection.js';
import { simulatedClock, startInProcessHub } from './lib/inProcessHub.js';
import { runIfMain } from './lib/report.js';
import { deskUsernames, simulateSiteDay } from './lib/siteDay.js';

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function isWeekday(date: LocalDate): boolean {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return day !== 0 && day !== 6;
}

/** Database bytes once the WAL is folded in, and the rows of the tables that grow. */
function measure(file: string) {
  const db = new Database(file);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const count = (table: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const tables = db
      .prepare('SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 8')
      .all() as { name: string; bytes: number }[];
    return {
      bytes: statSync(file).size,
      rows: {
        tickets: count('tickets'),
        ticketEvents: count('ticket_events'),
        auditLog: count('audit_log'),
        sessions: count('sessions'),
      },
      largestMiB: Object.fromEntries(tables.map((t) => [t.name, mib(t.bytes)])),
    };
  } finally {
    db.close();
  }
}

export async function run(options: BenchOptions): Promise<BenchSection> {
  const days = setting(options, 'storageGrowth.days', options.smoke ? 2 : 365);
  // 1,500 a day through the API would take hours here: a full run drives 40 a day through the whole year (every
  // purge and restart) and projects the size at 1,500 from the bytes each visit added.
  const visitsPerDay = setting(options, 'storageGrowth.visitsPerDay', options.smoke ? 20 : 40);
  const config = loadSiteConfig(6);
  const counters = config.counters.map((c) => c.id);
  // A RAM disk where there is one, to build the year quickly (file size does not depend on it); backup and
  // restore run on the ordinary disk.
  const root = mkdtempSync(
    join(process.platform === 'linux' ? '/dev/shm' : tmpdir(), 'lobby311-bench-year-'),
  );
  const diskRoot = mkdtempSync(join(tmpdir(), 'lobby311-bench-backup-'));
  const first: LocalDate = { year: 2025, month: 11, day: 24 };
  const clock = simulatedClock(instantOfLocal(first, '07:00', config.site.timeZone).getTime());
  const hub = await startInProcessHub({ dataDir: root, config, clock, usernames: deskUsernames(counters) });
  const file = join(root, 'hub.sqlite');
  try {
    const kiosk = hub.enrol('kiosk', 'Year kiosk');
    const services = config.services.map((s) => s.id);
    const quarterMiB: number[] = [];
    let serviceDays = 0;
    let visits = 0;
    const started = performance.now();
    for (let d = 0; d < days; d += 1) {
      const date = addDays(first, d);
      if (isWeekday(date)) {
        const tally = await simulateSiteDay(
          {
            post: hub.post,
            login: hub.login,
            setClock: clock.set,
            issue: async (visit) => {
              const { status } = await hub.post('/api/tickets', kiosk.headers, {
                requestId: crypto.randomUUID(),
                serviceId: services[visit % services.length],
                language: visit % 5 === 0 ? 'es' : 'en',
                needs: { interpreter: null, accessibility: visit % 12 === 0 ? ['wheelchair'] : [] },
                deviceId: kiosk.deviceId,
              });
              if (status !== 201) throw new Error(`issuing answered ${status}`);
            },
          },
          { date, timeZone: config.site.timeZone, visits: visitsPerDay, counters },
        );
        serviceDays += 1;
        visits += tally.issued;
      }
      // Overnight: the hub restarts, which runs the retention purge and closes the past day.
      clock.set(instantOfLocal(addDays(date, 1), '06:00', config.site.timeZone).getTime());
      await hub.restart();
      if ((d + 1) % 91 === 0) quarterMiB.push(mib(measure(file).bytes));
    }
    const simulateSeconds = Math.round((performance.now() - started) / 1000);
    await hub.close();
    const year = measure(file);

    const backupFile = join(diskRoot, 'hub-backup.sqlite');
    const backupStart = performance.now();
    const backup = await backupHubDatabase(root, backupFile);
    const backupMs = Math.round(performance.now() - backupStart);
    const restoreDir = join(diskRoot, 'restored');
    mkdirSync(restoreDir);
    const restoreStart = performance.now();
    await restoreHubDatabase(restoreDir, backupFile);
    const restoreMs = Math.round(performance.now() - restoreStart);
    const restored = measure(join(restoreDir, 'hub.sqlite'));
    if (restored.rows.tickets !== year.rows.tickets) throw new Error('the restored database lost tickets');

    return {
      name: 'storageGrowth',
      measured: `hub database after ${serviceDays} simulated weekdays (${visitsPerDay} visits a day, nightly restart with the retention purge), then backup and restore`,
      runs: visits,
      figures: {
        sizeMiB: mib(year.bytes),
        bytesPerVisit: Math.round(year.bytes / Math.max(1, visits)),
        projectedMiBAt1500PerDay: mib((year.bytes / Math.max(1, visits)) * 1500 * serviceDays),
        backupMiB: mib(backup.bytes),
        backupMs,
        restoreMs,
      },
      target: null,
      detail: {
        serviceDays,
        visits,
        rows: year.rows,
        largestTablesMiB: year.largestMiB,
        quarterMiB,
        simulateSeconds,
      },
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(diskRoot, { recursive: true, force: true });
  }
}

await runIfMain(import.meta, run);
