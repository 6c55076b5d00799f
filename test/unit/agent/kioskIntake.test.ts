// The kiosk bridge's getIntake against a real in-process hub: people ahead per service, a service at its daily
// cap closed (and its ticket refused), a disabled kiosk out of service, an unreachable hub a clear 503.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ServiceIntake, TakeTicketInput } from '../../../machines/contracts/index.js';
import { dispatchKioskCall } from '../../../main/agent/dispatchKioskCall.js';
import { createKioskService, type KioskService } from '../../../main/agent/kioskService.js';
import { loadCatalogs } from '../../../main/localesFromDisk.js';
import { openPrinter } from '../../../printers/printer.js';
import {
  type InProcessHub,
  offlineCredential,
  startInProcessHub,
  unreachableHubClient,
} from './inProcessHub.js';

const catalogs = loadCatalogs();
const visit = (serviceId: string): TakeTicketInput => ({
  requestId: randomUUID(),
  serviceId,
  language: 'es',
  needs: { interpreter: null, accessibility: [] },
});

describe('kiosk service getIntake', () => {
  let hub: InProcessHub | null = null;
  let service: KioskService | null = null;
  afterEach(async () => {
    await service?.close();
    await hub?.close();
    service = null;
    hub = null;
  });

  async function start(changes?: Parameters<typeof startInProcessHub>[1]): Promise<KioskService> {
    hub = await startInProcessHub(undefined, changes);
    service = createKioskService({
      hub: hub.client,
      printer: openPrinter('none'),
      catalogs,
      credential: hub.credential,
    });
    return service;
  }

  const byService = (services: ServiceIntake[], id: string) => services.find((s) => s.serviceId === id);

  it('lists every configured service as open and counts the people ahead in its queue', async () => {
    const kiosk = await start();
    const before = await kiosk.getIntake({});
    expect(before.services.map((s) => s.serviceId).sort()).toEqual(
      hub?.config.services.map((s) => s.id).sort(),
    );
    expect(before.services.every((s) => s.open && s.closedReason === null)).toBe(true);
    const permitsBefore = byService(before.services, 'permits')?.peopleAhead ?? -1;
    await kiosk.takeTicket(visit('permits'));
    await kiosk.takeTicket(visit('permits'));
    const after = await kiosk.getIntake({});
    expect(byService(after.services, 'permits')?.peopleAhead).toBe(permitsBefore + 2);
    expect(hub?.requests.get('/api/intake')).toBe(2);
  });

  it('says a service at its daily cap is closed, and the hub refuses its next ticket as service-closed', async () => {
    const kiosk = await start((config) => ({
      ...config,
      services: config.services.map((s) => (s.id === 'parking' ? { ...s, dailyCap: 1 } : s)),
    }));
    await kiosk.takeTicket(visit('parking'));
    const intake = await kiosk.getIntake({});
    expect(byService(intake.services, 'parking')).toMatchObject({ open: false, closedReason: 'daily-cap' });
    expect(byService(intake.services, 'permits')?.open).toBe(true);
    await expect(kiosk.takeTicket(visit('parking'))).rejects.toMatchObject({ code: 'service-closed' });
  });

  it('is out of service once the hub disables the kiosk', async () => {
    const kiosk = await start();
    hub?.disableKiosk();
    await expect(kiosk.getIntake({})).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
  });

  it('answers 503 unavailable with a plain message when the hub cannot be reached', async () => {
    service = createKioskService({
      hub: unreachableHubClient(),
      printer: openPrinter('none'),
      catalogs,
      credential: offlineCredential(),
    });
    const result = await dispatchKioskCall(service, 'getIntake', {});
    expect(result).toEqual({
      ok: false,
      status: 503,
      error: { code: 'unavailable', message: expect.stringMatching(/cannot be reached/) },
    });
  });
});
