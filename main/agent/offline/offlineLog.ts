// The kiosk's durable offline log `<data>/offline-log.jsonl`: lease requests, granted leases, tickets issued
// offline and their hand-over, one JSON record per line, each fsynced before the call returns; read and compacted
// on start. It holds no personal data (needs are codes) and nothing of it is ever written to the operator's log.

import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  HandOverOutcome,
  NumberLease,
  OfflineTicket,
  ServiceDay,
  Slug,
  Ticket,
} from '../../../machines/contracts/index.js';
import type { TicketPrintData } from '../../../printers/ticketLayout.js';
import { replaceFileDurably } from './durableFile.js';
import { parseJsonLines } from './jsonLines.js';

const LeaseRequestRecord = z.object({
  kind: z.literal('leaseRequest'),
  requestId: z.uuid(),
  queueId: Slug,
  serviceDay: ServiceDay,
});
const LeaseRecord = z.object({
  kind: z.literal('lease'),
  requestId: z.uuid(),
  lease: NumberLease,
  /** The next unused number (compaction writes it; numbers of dropped tickets stay used). */
  next: z.number().int().min(1),
});
const IssuedRecord = z.object({
  kind: z.literal('issued'),
  offline: OfflineTicket,
  ticket: Ticket,
  peopleAhead: z.number().int().min(0).nullable(),
  /** What was printed (reprints use it); checked loosely: it is only ever written by this agent. */
  print: z.looseObject({ ticketNumber: z.string(), qrUrl: z.string() }),
});
const HandedOverRecord = z.object({ kind: z.literal('handedOver'), id: z.uuid(), outcome: HandOverOutcome });
const LogRecord = z.discriminatedUnion('kind', [
  LeaseRequestRecord,
  LeaseRecord,
  IssuedRecord,
  HandedOverRecord,
]);

export type LeaseRequestRecord = z.infer<typeof LeaseRequestRecord>;
export type LeaseRecord = z.infer<typeof LeaseRecord>;
export type IssuedRecord = Omit<z.infer<typeof IssuedRecord>, 'print'> & { print: TicketPrintData };
export type HandedOverRecord = z.infer<typeof HandedOverRecord>;
export type OfflineLogRecord = LeaseRequestRecord | LeaseRecord | IssuedRecord | HandedOverRecord;

/** A granted lease with its next unused number. */
export interface LeaseState {
  requestId: string;
  lease: NumberLease;
  next: number;
}

export interface OfflineLog {
  readonly file: string;
  /** Writes one record and fsyncs it, then applies it to the state below. */
  append(record: OfflineLogRecord): void;
  /** Granted leases, oldest grant first. */
  leases(): LeaseState[];
  /** The request id of a lease asked for but not (yet) granted, so a retry reuses it. */
  openRequest(queueId: string, serviceDay: string): string | undefined;
  issued(id: string): IssuedRecord | undefined;
  /** Offline tickets the hub has not accepted yet, oldest first. */
  pending(): IssuedRecord[];
  /** All issued tickets still in the log, oldest first. */
  allIssued(): IssuedRecord[];
  close(): void;
}

export interface OpenOfflineLogOptions {
  /** Today's service day: leases and lease requests of other days are dropped (null: keep them all). */
  today: string | null;
  /** One line for the operator's log (never record content). */
  log?: (line: string) => void;
  /** Flushes a file descriptor to disk (tests count the calls). */
  fsync?: (fd: number) => void;
}

export const offlineLogFile = (dataDir: string): string => join(dataDir, 'offline-log.jsonl');

/** In-memory state of the log, built by applying records in order. */
function createState() {
  const requests = new Map<string, LeaseRequestRecord>();
  const leases = new Map<string, LeaseState>();
  const issued = new Map<string, IssuedRecord>();
  const handedOver = new Map<string, HandedOverRecord>();
  function apply(record: OfflineLogRecord): void {
    switch (record.kind) {
      case 'leaseRequest':
        requests.set(record.requestId, record);
        return;
      case 'lease': {
        requests.delete(record.requestId);
        const known = leases.get(record.lease.id);
        leases.set(record.lease.id, {
          requestId: record.requestId,
          lease: record.lease,
          next: Math.max(known?.next ?? record.next, record.next),
        });
        return;
      }
      case 'issued': {
        issued.set(record.offline.id, record);
        const lease = leases.get(record.offline.leaseId);
        if (lease) lease.next = Math.max(lease.next, record.offline.number + 1);
        return;
      }
      case 'handedOver':
        handedOver.set(record.id, record);
        return;
    }
  }
  return { requests, leases, issued, handedOver, apply };
}

/** The records that still matter: open requests and leases of `today`, tickets not handed over. */
function compacted(state: ReturnType<typeof createState>, today: string | null): OfflineLogRecord[] {
  const current = (day: string) => today === null || day === today;
  const out: OfflineLogRecord[] = [];
  for (const r of state.requests.values()) if (current(r.serviceDay)) out.push(r);
  for (const l of state.leases.values()) {
    if (current(l.lease.serviceDay))
      out.push({ kind: 'lease', requestId: l.requestId, lease: l.lease, next: l.next });
  }
  for (const t of state.issued.values()) if (!state.handedOver.has(t.offline.id)) out.push(t);
  return out;
}

const linesOf = (records: OfflineLogRecord[]): string =>
  records.map((r) => `${JSON.stringify(r)}\n`).join('');

/** Reads `<dataDir>/offline-log.jsonl` (creating it), compacts it, and opens it for appending. */
export function openOfflineLog(dataDir: string, options: OpenOfflineLogOptions): OfflineLog {
  const file = offlineLogFile(dataDir);
  const log = options.log ?? (() => {});
  const sync = options.fsync ?? fsyncSync;
  const state = createState();
  if (existsSync(file))
    for (const r of parseJsonLines(
      readFileSync(file, 'utf8'),
      LogRecord,
      'offline log',
      log,
    ) as OfflineLogRecord[])
      state.apply(r);

  replaceFileDurably(file, linesOf(compacted(state, options.today)), sync);
  const fresh = createState();
  for (const r of compacted(state, options.today)) fresh.apply(r);
  const fd = openSync(file, 'a', 0o600);
  let closed = false;

  return {
    file,
    append(record) {
      writeSync(fd, `${JSON.stringify(record)}\n`);
      sync(fd);
      fresh.apply(record);
    },
    leases: () => [...fresh.leases.values()],
    openRequest(queueId, serviceDay) {
      for (const r of fresh.requests.values()) {
        if (r.queueId === queueId && r.serviceDay === serviceDay) return r.requestId;
      }
      return undefined;
    },
    issued: (id) => fresh.issued.get(id),
    pending: () => [...fresh.issued.values()].filter((t) => !fresh.handedOver.has(t.offline.id)),
    allIssued: () => [...fresh.issued.values()],
    close() {
      if (closed) return;
      closed = true;
      closeSync(fd);
    },
  };
}
