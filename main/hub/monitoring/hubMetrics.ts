// The hub's metrics: queues (waiting, oldest wait), tickets issued and calls, kiosk printers from their health
// reports, the walk-in request outbox, event-stream clients, and the process. Labels carry service ids,
// device ids, roles and states: configuration and enums, never anything a visitor typed.
import type Database from 'better-sqlite3';
import {
  CaseRequestState,
  type Device,
  PrinterHealthState,
  type SiteConfig,
} from '../../../machines/contracts/index.js';
import type { QueueService } from '../queue/queueServiceApi.js';
import type { ProcessMetrics } from './processMetrics.js';
import type { MetricFamily, Sample } from './promText.js';
import { stateSamples } from './promText.js';
import type { QueueCounters } from './queueCounters.js';
import type { StreamClients } from './streamClients.js';

export interface HubMetricsDeps {
  db: Database.Database;
  config: SiteConfig;
  queue: QueueService;
  /** Enrolled devices with their latest health report. */
  devices: () => readonly Device[];
  counters: QueueCounters;
  streams: StreamClients;
  process: ProcessMetrics;
  now: () => Date;
  version: string;
}

const secondsBetween = (from: string, to: Date) => Math.max(0, (to.getTime() - Date.parse(from)) / 1000);

function queueFamilies({ queue, config, now }: HubMetricsDeps): MetricFamily[] {
  const at = now();
  const waiting = new Map(config.services.map((service) => [service.id, { count: 0, oldest: 0 }]));
  for (const ticket of queue.snapshot().tickets) {
    if (ticket.status !== 'waiting') continue;
    const entry = waiting.get(ticket.serviceId) ?? { count: 0, oldest: 0 };
    entry.count += 1;
    entry.oldest = Math.max(entry.oldest, secondsBetween(ticket.issuedAt, at));
    waiting.set(ticket.serviceId, entry);
  }
  const per = (pick: (entry: { count: number; oldest: number }) => number): Sample[] =>
    [...waiting].map(([service, entry]) => ({ labels: { service }, value: pick(entry) }));
  return [
    {
      name: 'lobby311_queue_waiting',
      help: 'Tickets waiting to be called, by service.',
      type: 'gauge',
      samples: per((entry) => entry.count),
    },
    {
      name: 'lobby311_queue_oldest_wait_seconds',
      help: 'How long the longest-waiting ticket has waited since it was issued, by service (0: none waiting).',
      type: 'gauge',
      samples: per((entry) => entry.oldest),
    },
  ];
}

function counterFamilies({ counters }: HubMetricsDeps): MetricFamily[] {
  return [
    {
      name: 'lobby311_tickets_issued_total',
      help: 'Tickets issued since the hub started, by service.',
      type: 'counter',
      samples: counters.issued(),
    },
    {
      name: 'lobby311_calls_total',
      help: 'Tickets called (first calls) since the hub started, by service.',
      type: 'counter',
      samples: counters.calls(),
    },
    {
      name: 'lobby311_recalls_total',
      help: 'Tickets called again since the hub started, by service.',
      type: 'counter',
      samples: counters.recalls(),
    },
  ];
}

function printerFamilies({ devices, now }: HubMetricsDeps): MetricFamily[] {
  const reporting = devices().filter((device) => !device.disabled && device.health !== null);
  const at = now();
  return [
    {
      name: 'lobby311_printer_state',
      help: "Each kiosk's printer state from its latest health report (1: the current state).",
      type: 'gauge',
      samples: reporting.flatMap((device) =>
        stateSamples(PrinterHealthState.options, device.health?.printer.state ?? null, { device: device.id }),
      ),
    },
    {
      name: 'lobby311_device_report_age_seconds',
      help: "Seconds since each kiosk's latest health report reached the hub.",
      type: 'gauge',
      samples: reporting.map((device) => ({
        labels: { device: device.id },
        value: secondsBetween(device.health?.reportedAt ?? at.toISOString(), at),
      })),
    },
  ];
}

const pendingStates: readonly CaseRequestState[] = ['queued', 'awaiting-case-number'];

/** Reads the walk-in request outbox: counts by state (from the state index) and the oldest pending capture. */
function outboxReader(db: Database.Database, now: () => Date): () => MetricFamily[] {
  const byState = db.prepare('SELECT state, COUNT(*) AS n FROM case_requests GROUP BY state');
  const oldestPending = db
    .prepare(
      `SELECT MIN(captured_at) FROM case_requests WHERE state IN (${pendingStates.map(() => '?').join(', ')})`,
    )
    .pluck();
  return () => {
    const counts = new Map(CaseRequestState.options.map((state) => [state, 0]));
    for (const row of byState.all() as { state: CaseRequestState; n: number }[]) counts.set(row.state, row.n);
    const oldest = oldestPending.get(...pendingStates) as string | null;
    return [
      {
        name: 'lobby311_case_requests',
        help: 'Walk-in requests held by the hub, by delivery state.',
        type: 'gauge',
        samples: [...counts].map(([state, value]) => ({ labels: { state }, value })),
      },
      {
        name: 'lobby311_case_outbox_depth',
        help: 'Walk-in requests not yet delivered to the case store (queued or awaiting the case number).',
        type: 'gauge',
        samples: [{ value: pendingStates.reduce((sum, state) => sum + (counts.get(state) ?? 0), 0) }],
      },
      {
        name: 'lobby311_case_outbox_oldest_age_seconds',
        help: 'Age of the oldest undelivered walk-in request (0: none).',
        type: 'gauge',
        samples: [{ value: oldest ? secondsBetween(oldest, now()) : 0 }],
      },
    ];
  };
}

/** Prepares the hub's reads once; each call of the result collects every family now. */
export function createHubMetrics(deps: HubMetricsDeps): () => MetricFamily[] {
  const outbox = outboxReader(deps.db, deps.now);
  return () => [
    {
      name: 'lobby311_build_info',
      help: 'The running hub version (always 1).',
      type: 'gauge',
      samples: [{ labels: { version: deps.version }, value: 1 }],
    },
    ...queueFamilies(deps),
    ...counterFamilies(deps),
    ...printerFamilies(deps),
    ...outbox(),
    {
      name: 'lobby311_websocket_clients',
      help: 'Open event-stream connections, by the role of who opened them (none: not signed in).',
      type: 'gauge',
      samples: deps.streams.byRole(),
    },
    ...deps.process.families('lobby311'),
  ];
}
