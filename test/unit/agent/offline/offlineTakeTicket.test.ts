import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeviceCredential } from '../../../../main/agent/deviceCredential.js';
import { createKioskService, type KioskService } from '../../../../main/agent/kioskService.js';
import { openOfflineLog } from '../../../../main/agent/offline/offlineLog.js';
import { loadCatalogs } from '../../../../main/localesFromDisk.js';
import { openPrinter } from '../../../../printers/printer.js';
import { decodeEscPos } from '../../../fakes/escposDecoder.js';
import { kioskVisit } from '../../../support/kioskVisit.js';
import { type ScriptedHub, startScriptedHub } from './scriptedHub.js';

const catalogs = loadCatalogs();
describe('takeTicket through an outage', () => {
  let dir: string;
  let clock: number;
  let hub: ScriptedHub;
  let service: KioskService;
  const out = () => join(dir, 'tickets.bin');

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-offline-take-'));
    clock = Date.parse('2026-11-26T18:00:00Z');
    hub = startScriptedHub(() => new Date(clock));
    service = createKioskService({
      hub: hub.client,
      printer: openPrinter(`file://${out()}`),
      catalogs,
      credential: createDeviceCredential({ deviceId: 'kiosk-a', token: 'x'.repeat(43) }, 'kiosk-a'),
      now: () => new Date(clock),
      ticketLimit: { capacity: 100, refillMs: 1 },
      offline: { dataDir: dir, handOverIntervalMs: null },
    });
    // Online first: the site is saved and every offline queue gets today's lease.
    await service.getIntake({});
    await expect.poll(async () => (await service.getStatus({})).connectivity?.leases.length).toBe(7);
  });
  afterEach(async () => {
    await service.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('issues online while the hub answers', async () => {
    const result = await service.takeTicket(kioskVisit());
    expect(result.offline).toBe(false);
    expect(result.ticket.number).toBe('A001');
  });

  it.each([['unreachable' as const], [502], [503], [504]])(
    'issues from the lease when the hub fails as %s, logged before printing, printed like an online one',
    async (failure) => {
      hub.failure = failure;
      const result = await service.takeTicket(kioskVisit());
      expect(result.offline).toBe(true);
      expect(result.ticket).toMatchObject({ number: 'A900', status: 'waiting', queueId: 'utility' });
      const receipt = decodeEscPos(new Uint8Array(readFileSync(out())));
      expect(receipt.lines.map((l) => l.text).join('\n')).toContain('A900');
      expect(receipt.qrCodes[0]).toMatch(new RegExp(`^${hub.site.publicBaseUrl}/status/[A-Za-z0-9_-]{32}$`));
      const status = await service.getStatus({});
      expect(status.connectivity).toMatchObject({ pendingHandOver: 1, offlineIssuedToday: 1 });
      expect(status.connectivity?.offlineSince).not.toBeNull();
    },
  );

  it('shows the people ahead from a recent intake, and none once it is too old', async () => {
    hub.failure = 'unreachable';
    const fresh = await service.takeTicket(kioskVisit());
    expect(fresh.peopleAhead).toBe(0);
    clock += hub.site.offline.estimateMaxAgeMinutes * 60_000 + 1;
    expect((await service.takeTicket(kioskVisit())).peopleAhead).toBeNull();
  });

  it('returns the same offline ticket for a retry and prints it once', async () => {
    hub.failure = 'unreachable';
    const input = kioskVisit();
    const first = await service.takeTicket(input);
    const retry = await service.takeTicket(input);
    expect(retry.ticket).toEqual(first.ticket);
    expect(decodeEscPos(new Uint8Array(readFileSync(out()))).cuts).toBe(1);
    expect((await service.getStatus({})).connectivity?.pendingHandOver).toBe(1);
  });

  it('never issues offline a visit the hub issued', async () => {
    const input = kioskVisit();
    const online = await service.takeTicket(input);
    hub.failure = 'unreachable';
    const retry = await service.takeTicket(input);
    expect(retry.ticket.number).toBe(online.ticket.number);
    expect(retry.offline).toBe(false);
    expect((await service.getStatus({})).connectivity?.pendingHandOver).toBe(0);
  });

  it('passes a hub refusal on instead of issuing offline', async () => {
    await expect(service.takeTicket({ ...kioskVisit(), serviceId: 'no-such-service' })).rejects.toMatchObject(
      {
        code: 'unknown-service',
      },
    );
    expect((await service.getStatus({})).connectivity?.pendingHandOver).toBe(0);
  });

  it('answers lease-exhausted with a plain sentence once the lease is used up', async () => {
    hub.failure = 'unreachable';
    const serviceName = hub.site.services.find((s) => s.id === 'utility-bills')?.name;
    for (let i = 0; i < hub.site.offline.leaseSize; i += 1) await service.takeTicket(kioskVisit());
    await expect(service.takeTicket(kioskVisit())).rejects.toMatchObject({
      status: 503,
      code: 'lease-exhausted',
      message: `This kiosk cannot give out numbers for ${serviceName} until the connection is back. Please ask at the front desk.`,
    });
  });

  it('hands over when the hub answers again, and a second hand-over sends nothing', async () => {
    hub.failure = 'unreachable';
    const a = await service.takeTicket(kioskVisit());
    const b = await service.takeTicket(kioskVisit());
    hub.failure = null;
    await service.getIntake({});
    await expect.poll(async () => (await service.getStatus({})).connectivity?.pendingHandOver).toBe(0);
    expect(hub.handOvers.flat().map((t) => t.id)).toEqual([a.ticket.id, b.ticket.id]);
    const connectivity = (await service.getStatus({})).connectivity;
    expect(connectivity?.offlineSince).toBeNull();
    expect(connectivity?.lastOutageSeconds).toBe(0);
  });

  it('keeps a ticket the hub refuses, counts it as refused, and does not send it again in a loop', async () => {
    hub.failure = 'unreachable';
    const kept = await service.takeTicket(kioskVisit());
    const refused = await service.takeTicket(kioskVisit());
    hub.rejects.add(refused.ticket.id);
    hub.failure = null;
    await service.getIntake({});
    await expect
      .poll(async () => (await service.getStatus({})).connectivity)
      .toMatchObject({ pendingHandOver: 1, rejectedHandOver: 1 });
    await service.getIntake({});
    const sent = hub.handOvers.flat().map((t) => t.id);
    expect(sent.filter((id) => id === refused.ticket.id)).toHaveLength(1);
    expect(sent).toContain(kept.ticket.id);
  });

  it('across local midnight: does not use yesterday’s lease, and yesterday’s tickets hand over as closed', async () => {
    hub.failure = 'unreachable';
    const yesterday = await service.takeTicket(kioskVisit());
    clock = Date.parse('2026-11-27T09:00:00Z'); // 01:00 in Portland, the next service day
    await expect(service.takeTicket(kioskVisit())).rejects.toMatchObject({ code: 'lease-exhausted' });
    hub.failure = null;
    await service.getIntake({});
    await expect.poll(async () => (await service.getStatus({})).connectivity?.pendingHandOver).toBe(0);
    const today = await service.getStatus({});
    expect(today.connectivity?.leases.find((l) => l.queueId === 'utility')?.remaining).toBe(10);
    const records = readFileSync(join(dir, 'offline-log.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records).toContainEqual({ kind: 'handedOver', id: yesterday.ticket.id, outcome: 'closed' });
    await service.close();
    const log = openOfflineLog(dir, { today: '2026-11-27' });
    expect(log.issued(yesterday.ticket.id)).toBeUndefined();
    expect(log.leases().map((l) => l.lease.serviceDay)).not.toContain('2026-11-26');
    log.close();
  });
});
