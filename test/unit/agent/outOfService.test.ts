import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKioskService, type KioskService } from '../../../main/agent/kioskService.js';
import { loadCatalogs } from '../../../main/localesFromDisk.js';
import { openPrinter } from '../../../printers/printer.js';
import { kioskVisit } from '../../support/kioskVisit.js';
import { type DeviceCareHub, deviceCareHub } from './deviceCareHub.js';
import { type InProcessHub, startInProcessHub } from './inProcessHub.js';

const catalogs = loadCatalogs();
const notice = 'Please use the kiosk by the elevators';

describe('kiosk out of service', () => {
  let hub: InProcessHub;
  let care: DeviceCareHub;
  let kiosk: KioskService | null;

  beforeEach(async () => {
    hub = await startInProcessHub();
    care = deviceCareHub(hub.client);
    kiosk = null;
  });
  afterEach(async () => {
    await kiosk?.close();
    await hub.close();
  });

  const start = (intervalMs: number | null) => {
    kiosk = createKioskService({
      hub: care.client,
      printer: openPrinter('none'),
      catalogs,
      credential: hub.credential,
      instructions: { intervalMs },
    });
    return kiosk;
  };

  it('shows the notice and the kiosks that can print, refuses tickets, and takes them again once back', async () => {
    const service = start(null);
    expect(await service.getStatus({})).toMatchObject({ outOfService: null, otherKiosks: [] });
    care.setOutOfService(notice);
    care.setOtherKiosks([
      { name: 'Kiosk by the elevators', canPrint: true },
      { name: 'Kiosk by the door', canPrint: false },
    ]);
    await service.pollInstructions();
    const status = await service.getStatus({});
    expect(status.outOfService?.message).toBe(notice);
    expect(status.otherKiosks).toEqual(['Kiosk by the elevators']);
    const before = hub.requests.get('/api/tickets') ?? 0;
    await expect(service.takeTicket(kioskVisit())).rejects.toMatchObject({
      status: 503,
      code: 'unavailable',
      message: `This kiosk is out of service: ${notice}`,
    });
    expect(hub.requests.get('/api/tickets') ?? 0).toBe(before);

    care.setOutOfService(null);
    await service.pollInstructions();
    expect((await service.getStatus({})).outOfService).toBeNull();
    expect((await service.takeTicket(kioskVisit())).ticket.number).toMatch(/^A\d{3}$/);
  });

  it('keeps the last known notice while the hub cannot be reached', async () => {
    const service = start(null);
    care.setOutOfService(notice);
    await service.pollInstructions();
    care.setDown(true);
    care.setOutOfService(null);
    await service.pollInstructions();
    expect((await service.getStatus({})).outOfService?.message).toBe(notice);
    await expect(service.takeTicket(kioskVisit())).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('asks on its own schedule and leaves no timer behind on close', async () => {
    vi.useFakeTimers({
      shouldAdvanceTime: true,
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
    try {
      const service = start(10);
      care.setOutOfService(notice);
      await vi.waitFor(() => expect(care.instructionCalls()).toBeGreaterThanOrEqual(3), { timeout: 5000 });
      expect((await service.getStatus({})).outOfService?.message).toBe(notice);
      await service.close();
      kiosk = null;
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
