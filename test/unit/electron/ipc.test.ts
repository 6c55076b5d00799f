// The one ipcMain module: a handler per kiosk method, only for the app's own page, with validated input.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kioskChannel, kioskMethods } from '../../../machines/contracts/index.js';
import { createKioskService, type KioskService } from '../../../main/agent/kioskService.js';
import { KIOSK_URL } from '../../../main/electron/appProtocol.js';
import { isTrustedSender, setupIpc, teardownIpc } from '../../../main/electron/ipc.js';
import { loadCatalogs } from '../../../main/localesFromDisk.js';
import { openPrinter } from '../../../printers/printer.js';
import { electronFake } from '../../setup/mockElectron.js';
import { type InProcessHub, startInProcessHub } from '../agent/inProcessHub.js';

const fromFrame = (url: string | null) => ({ senderFrame: url === null ? null : { url } });

describe('kiosk IPC', () => {
  let hub: InProcessHub;
  let service: KioskService;
  beforeEach(async () => {
    electronFake.reset();
    hub = await startInProcessHub();
    service = createKioskService({
      hub: hub.client,
      printer: openPrinter('none'),
      catalogs: loadCatalogs(),
      credential: hub.credential,
    });
    setupIpc(service);
  });
  afterEach(async () => {
    await service.close();
    await hub.close();
  });

  const invoke = (method: string, sender: ReturnType<typeof fromFrame>, input: unknown) => {
    const handler = electronFake.ipcHandlers.get(`kiosk:${method}`) as unknown as (
      e: unknown,
      i: unknown,
    ) => Promise<unknown>;
    return handler(sender, input);
  };

  it('registers exactly one handler per kiosk method and removes them all', () => {
    expect([...electronFake.ipcHandlers.keys()].sort()).toEqual(kioskMethods.map(kioskChannel).sort());
    teardownIpc();
    expect(electronFake.ipcHandlers.size).toBe(0);
  });

  it('answers the kiosk page', async () => {
    expect(await invoke('getSetup', fromFrame(KIOSK_URL), {})).toEqual({
      ok: true,
      value: { deviceId: hub.credential.deviceId, site: hub.config },
    });
  });

  it.each([
    'https://attacker.example/kiosk.html',
    'http://127.0.0.1:8311/desk',
    'file:///work/dist/renderer/kiosk.html',
    'app://other/kiosk.html',
    'not a url',
  ])('refuses a call from a frame showing %s', async (url) => {
    await expect(invoke('getStatus', fromFrame(url), {})).rejects.toThrow(/refused getStatus/);
  });

  it('refuses a call whose frame is gone', async () => {
    await expect(invoke('getStatus', fromFrame(null), {})).rejects.toThrow(/refused/);
  });

  it('checks the frame URL, not an origin the page could claim', () => {
    expect(
      isTrustedSender({ senderFrame: { url: 'https://attacker.example/', origin: 'app://lobby' } as never }),
    ).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: `${KIOSK_URL}#x`, origin: 'null' } as never })).toBe(true);
  });

  it('refuses bad input with the contract error, without calling the hub', async () => {
    const before = hub.requests.get('/api/tickets') ?? 0;
    const result = await invoke('takeTicket', fromFrame(KIOSK_URL), {
      requestId: randomUUID(),
      serviceId: 'permits',
      language: 'en',
      needs: { interpreter: null, accessibility: ['teleport'] },
    });
    expect(result).toMatchObject({ ok: false, status: 400, error: { code: 'invalid-request' } });
    expect((result as { error: { message: string } }).error.message).toMatch(/^needs\.accessibility\.0: /);
    expect(hub.requests.get('/api/tickets') ?? 0).toBe(before);
  });
});
