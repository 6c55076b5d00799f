// Keeps this kiosk's offline numbers: while online, one lease per queue (offline band > 0, served by a service)
// for today, asked for again when none is held or at most 30 % of it is left; offline, hands out the next unused
// number of today's newest lease. Leases of another service day are never used.
import { randomUUID } from 'node:crypto';
import { type HubClient, HubError, type SiteConfig } from '../../../machines/contracts/index.js';
import { hubUnreachable } from './connectivity.js';
import type { LeaseState, OfflineLog } from './offlineLog.js';

/** At or below this share of a lease left, a new one is asked for. */
export const LEASE_LOW_SHARE = 0.3;

export interface LeaseKeeperDeps {
  hub: HubClient;
  log: OfflineLog;
  now: () => Date;
  /** How long a queue whose lease the hub refused waits before asking again (default 60 s). */
  refusedRetryMs?: number;
  /** One line for the operator's log. */
  logLine?: (line: string) => void;
}

export interface LeaseKeeper {
  /** Asks the hub for every lease `day` lacks or that runs low (joins a round under way). */
  ensure(site: SiteConfig, day: string): Promise<void>;
  /** The next unused number of the queue's lease for `day` (null: none left); taken once an `issued` record has it. */
  peek(queueId: string, day: string): { leaseId: string; number: number } | null;
  /** Numbers left per queue for `day`. */
  remaining(day: string): { queueId: string; remaining: number }[];
  /** Numbers issued from the leases of `day`. */
  issuedOn(day: string): number;
}

/** The lease numbers are taken from: the newest granted for the queue and day. */
export function currentLease(leases: LeaseState[], queueId: string, day: string): LeaseState | undefined {
  let found: LeaseState | undefined;
  for (const l of leases) if (l.lease.queueId === queueId && l.lease.serviceDay === day) found = l;
  return found;
}

export const leftIn = (l: LeaseState): number => Math.max(0, l.lease.last - l.next + 1);

/** True when the queue needs a new lease: none for the day, or at most 30 % of it left. */
export function needsLease(lease: LeaseState | undefined): boolean {
  if (!lease) return true;
  const size = lease.lease.last - lease.lease.first + 1;
  return leftIn(lease) <= size * LEASE_LOW_SHARE;
}

/** Queues that can issue offline: an offline band, and at least one service whose visitors wait in them. */
export function offlineQueues(site: SiteConfig): string[] {
  const served = new Set(site.services.map((s) => s.queueId));
  return site.queues.filter((q) => q.offlineBand > 0 && served.has(q.id)).map((q) => q.id);
}

export function createLeaseKeeper(deps: LeaseKeeperDeps): LeaseKeeper {
  const refusedRetryMs = deps.refusedRetryMs ?? 60_000;
  const refusedUntil = new Map<string, number>();
  let round: Promise<void> | undefined;

  async function request(queueId: string, day: string): Promise<'ok' | 'stop'> {
    let requestId = deps.log.openRequest(queueId, day);
    if (requestId === undefined) {
      requestId = randomUUID();
      deps.log.append({ kind: 'leaseRequest', requestId, queueId, serviceDay: day });
    }
    try {
      const lease = await deps.hub.call('requestLease', { body: { requestId, queueId } });
      deps.log.append({ kind: 'lease', requestId, lease, next: lease.first });
      return 'ok';
    } catch (err) {
      if (hubUnreachable(err) || !(err instanceof HubError)) return 'stop';
      refusedUntil.set(`${day}/${queueId}`, deps.now().getTime() + refusedRetryMs);
      deps.logLine?.(`no offline numbers for queue ${queueId}: ${err.message}`);
      return 'ok';
    }
  }

  async function runRound(site: SiteConfig, day: string): Promise<void> {
    for (const queueId of offlineQueues(site)) {
      if ((refusedUntil.get(`${day}/${queueId}`) ?? 0) > deps.now().getTime()) continue;
      if (!needsLease(currentLease(deps.log.leases(), queueId, day))) continue;
      if ((await request(queueId, day)) === 'stop') return;
    }
  }

  return {
    ensure(site, day) {
      round ??= runRound(site, day).finally(() => {
        round = undefined;
      });
      return round;
    },
    peek(queueId, day) {
      const lease = currentLease(deps.log.leases(), queueId, day);
      if (!lease || leftIn(lease) === 0) return null;
      return { leaseId: lease.lease.id, number: lease.next };
    },
    remaining(day) {
      const queues = new Map<string, number>();
      for (const l of deps.log.leases())
        if (l.lease.serviceDay === day) queues.set(l.lease.queueId, leftIn(l));
      return [...queues].map(([queueId, remaining]) => ({ queueId, remaining }));
    },
    issuedOn(day) {
      return deps.log
        .leases()
        .filter((l) => l.lease.serviceDay === day)
        .reduce((sum, l) => sum + (l.next - l.lease.first), 0);
    },
  };
}
