// The lease keeper: one lease per offline queue for today, a new one at 30 % left, a retried request reuses its
// id, and another day's lease is never used.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLeaseKeeper } from '../../../../main/agent/offline/leases.js';
import { type OfflineLog, openOfflineLog } from '../../../../main/agent/offline/offlineLog.js';
import { testSiteConfig } from '../../../support/siteConfig.js';
import { type ScriptedHub, startScriptedHub } from './scriptedHub.js';

/** Only the utility queue has an offline band (the others are set to 0). */
const site = testSiteConfig((c) => ({
  ...c,
  queues: c.queues.map((q) => ({ ...q, offlineBand: q.id === 'utility' ? 100 : 0 })),
}));

describe('lease keeper', () => {
  let dir: string;
  let log: OfflineLog;
  let clock: number;
  let hub: ScriptedHub;
  const now = () => new Date(clock);
  const day = () => '2026-11-26';

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-leases-'));
    log = openOfflineLog(dir, { today: day() });
    clock = Date.parse('2026-11-26T18:00:00Z');
    hub = startScriptedHub(now, site);
  });
  afterEach(() => {
    log.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Takes `count` numbers as the offline issuer does (an issued record carries each). */
  function use(queueId: string, count: number): void {
    for (let i = 0; i < count; i += 1) {
      const slot = keeper().peek(queueId, day());
      if (!slot) throw new Error('no number left');
      const lease = log.leases().find((l) => l.lease.id === slot.leaseId)!;
      lease.next = slot.number + 1;
    }
  }
  const keeper = () => createLeaseKeeper({ hub: hub.client, log, now });

  it('asks for one lease per queue with an offline band, and none while it has enough', async () => {
    await keeper().ensure(site, day());
    expect(hub.leaseRequests.map((r) => r.queueId)).toEqual(['utility']);
    expect(keeper().remaining(day())).toEqual([{ queueId: 'utility', remaining: 10 }]);
    expect(keeper().peek('utility', day())).toMatchObject({ number: 900 });
    expect(keeper().peek('permits', day())).toBeNull();
    await keeper().ensure(site, day());
    expect(hub.leaseRequests).toHaveLength(1);
  });

  it('asks for a new lease once 30 % or less is left, and then takes numbers from the new one', async () => {
    await keeper().ensure(site, day());
    use('utility', 6);
    await keeper().ensure(site, day());
    expect(hub.leaseRequests).toHaveLength(1);
    use('utility', 1);
    await keeper().ensure(site, day());
    expect(hub.leaseRequests).toHaveLength(2);
    expect(keeper().peek('utility', day())).toMatchObject({ number: 910 });
    expect(keeper().issuedOn(day())).toBe(7);
  });

  it('reuses the request id of a request the hub never answered', async () => {
    hub.failure = 'unreachable';
    await keeper().ensure(site, day());
    hub.failure = null;
    await keeper().ensure(site, day());
    expect(hub.leaseRequests).toHaveLength(1);
    expect(log.leases()[0]?.requestId).toBe(hub.leaseRequests[0]?.requestId);
    expect(log.openRequest('utility', day())).toBeUndefined();
  });

  it('never uses a lease of another service day', async () => {
    await keeper().ensure(site, day());
    expect(keeper().peek('utility', '2026-11-27')).toBeNull();
    expect(keeper().remaining('2026-11-27')).toEqual([]);
  });
});
