// The durable offline log: fsync per record, a torn last line after a crash, compaction on start.
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NumberLease } from '../../../../machines/contracts/index.js';
import { newVisit } from '../../../../machines/queue/newVisit.js';
import {
  type IssuedRecord,
  offlineLogFile,
  openOfflineLog,
} from '../../../../main/agent/offline/offlineLog.js';

function lease(serviceDay: string, first = 901): NumberLease {
  return {
    id: randomUUID(),
    serviceDay,
    queueId: 'utility',
    first,
    last: first + 9,
    grantedAt: `${serviceDay}T16:00:00.000Z`,
  };
}

function issued(l: NumberLease, number: number): IssuedRecord {
  const id = randomUUID();
  const issuedAt = `${l.serviceDay}T17:00:00.000Z`;
  const needs = { interpreter: null, accessibility: [] };
  return {
    kind: 'issued',
    offline: {
      id,
      leaseId: l.id,
      queueId: l.queueId,
      serviceId: 'utility-bills',
      number,
      language: 'en',
      needs,
      issuedAt,
      statusToken: 'a'.repeat(32),
    },
    ticket: newVisit({
      id,
      number: `A${number}`,
      queueId: l.queueId,
      serviceId: 'utility-bills',
      language: 'en',
      needs,
      priorityClass: 'standard',
      serviceDay: l.serviceDay,
      issuedAt,
    }),
    peopleAhead: null,
    print: {
      siteName: 'Test',
      ticketNumber: `A${number}`,
      serviceName: 'Bills',
      issuedAtText: 'now',
      peopleAheadText: '',
      message: 'Please wait',
      interpreterText: null,
      qrUrl: 'http://hub.test/status/x',
      language: 'en',
    },
  };
}

describe('offline log', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-offline-log-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fsyncs every record before append returns, and reads it back after a restart', () => {
    let syncs = 0;
    const log = openOfflineLog(dir, { today: '2026-11-26', fsync: () => (syncs += 1) });
    const afterOpen = syncs;
    const l = lease('2026-11-26');
    log.append({ kind: 'lease', requestId: randomUUID(), lease: l, next: l.first });
    expect(syncs).toBe(afterOpen + 1);
    log.append(issued(l, 901));
    expect(syncs).toBe(afterOpen + 2);
    log.close();
    const again = openOfflineLog(dir, { today: '2026-11-26' });
    expect(again.leases()).toEqual([expect.objectContaining({ lease: l, next: 902 })]);
    expect(again.pending().map((t) => t.offline.number)).toEqual([901]);
    again.close();
  });

  it('ignores a torn last line, says so once without its content, and keeps everything before it', () => {
    const l = lease('2026-11-26');
    const first = openOfflineLog(dir, { today: '2026-11-26' });
    first.append({ kind: 'lease', requestId: randomUUID(), lease: l, next: l.first });
    first.append(issued(l, 901));
    first.close();
    const torn = JSON.stringify(issued(l, 902)).slice(0, 80);
    appendFileSync(offlineLogFile(dir), torn);
    const lines: string[] = [];
    const log = openOfflineLog(dir, { today: '2026-11-26', log: (line) => lines.push(line) });
    expect(log.pending().map((t) => t.offline.number)).toEqual([901]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/incomplete last record/);
    expect(lines[0]).not.toContain(l.id);
    log.close();
    expect(readFileSync(offlineLogFile(dir), 'utf8')).not.toContain(torn);
  });

  it('compacts on start: drops handed-over tickets and past days’ leases, keeps the numbers used', () => {
    const yesterday = lease('2026-11-25');
    const today = lease('2026-11-26', 911);
    const log = openOfflineLog(dir, { today: '2026-11-25' });
    log.append({ kind: 'lease', requestId: randomUUID(), lease: yesterday, next: yesterday.first });
    const leftover = issued(yesterday, 901);
    log.append(leftover);
    log.append({ kind: 'lease', requestId: randomUUID(), lease: today, next: today.first });
    const placed = issued(today, 911);
    log.append(placed);
    log.append(issued(today, 912));
    log.append({ kind: 'handedOver', id: placed.offline.id, outcome: 'placed' });
    log.close();

    const compacted = openOfflineLog(dir, { today: '2026-11-26' });
    expect(compacted.leases().map((l) => [l.lease.id, l.next])).toEqual([[today.id, 913]]);
    expect(compacted.pending().map((t) => t.offline.number)).toEqual([901, 912]);
    expect(compacted.issued(placed.offline.id)).toBeUndefined();
    compacted.close();
    const kinds = readFileSync(offlineLogFile(dir), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).kind);
    expect(kinds).toEqual(['lease', 'issued', 'issued']);
  });
});
