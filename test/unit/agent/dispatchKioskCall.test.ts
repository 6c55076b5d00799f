// One bridge call from an untrusted page: unknown methods, bad input, hub errors and bad output.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KioskBridge } from '../../../machines/contracts/index.js';
import { dispatchKioskCall } from '../../../main/agent/dispatchKioskCall.js';
import { createKioskService, type KioskService } from '../../../main/agent/kioskService.js';
import { loadCatalogs } from '../../../main/localesFromDisk.js';
import { openPrinter } from '../../../printers/printer.js';
import { type InProcessHub, startInProcessHub, unreachableHubClient } from './inProcessHub.js';

describe('dispatchKioskCall', () => {
  let hub: InProcessHub;
  let service: KioskService;
  beforeEach(async () => {
    hub = await startInProcessHub();
    service = createKioskService({
      hub: hub.client,
      printer: openPrinter('none'),
      catalogs: loadCatalogs(),
      credential: hub.credential,
    });
  });
  afterEach(async () => {
    await service.close();
    await hub.close();
  });

  it('answers a valid call with the validated output', async () => {
    expect(await dispatchKioskCall(service, 'getStatus', {})).toEqual({
      ok: true,
      value: {
        hub: 'online',
        printer: 'none',
        device: 'enrolled',
        printerHealth: null,
        outOfService: null,
        otherKiosks: [],
        connectivity: null,
      },
    });
  });

  it('refuses an unknown method, including names inherited from Object', async () => {
    for (const method of ['reboot', 'toString', '__proto__']) {
      expect(await dispatchKioskCall(service, method, {})).toMatchObject({
        ok: false,
        status: 404,
        error: { code: 'not-found' },
      });
    }
  });

  it('refuses bad input with 400 naming the field', async () => {
    const result = await dispatchKioskCall(service, 'takeTicket', {
      requestId: randomUUID(),
      serviceId: 'Utility Bills',
      language: 'es',
      needs: { interpreter: null, accessibility: [] },
    });
    expect(result).toMatchObject({ ok: false, status: 400, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toMatch(/^serviceId: /);
  });

  it('refuses fields the contract does not know', async () => {
    const result = await dispatchKioskCall(service, 'getSetup', { debug: true });
    expect(result).toMatchObject({ ok: false, status: 400, error: { code: 'invalid-request' } });
  });

  it('passes a hub refusal on with its code and status', async () => {
    const result = await dispatchKioskCall(service, 'takeTicket', {
      requestId: randomUUID(),
      serviceId: 'no-such-service',
      language: 'es',
      needs: { interpreter: null, accessibility: [] },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-service' } });
    expect(!result.ok && result.status >= 400 && result.status < 500).toBe(true);
  });

  it('says the hub is unavailable (503) when it cannot be reached', async () => {
    const offline = createKioskService({
      hub: unreachableHubClient(),
      printer: openPrinter('none'),
      catalogs: loadCatalogs(),
      credential: hub.credential,
    });
    expect(await dispatchKioskCall(offline, 'getSetup', {})).toMatchObject({
      ok: false,
      status: 503,
      error: { code: 'unavailable' },
    });
  });

  it('refuses to pass on output that breaks the contract, and reports it as internal', async () => {
    const errors: string[] = [];
    const broken = {
      ...service,
      getStatus: async () => ({ hub: 'maybe', printer: 'none' }),
    } as unknown as KioskBridge;
    const result = await dispatchKioskCall(broken, 'getStatus', {}, (method) => errors.push(method));
    expect(result).toMatchObject({ ok: false, status: 500, error: { code: 'internal' } });
    expect(errors).toEqual(['getStatus']);
  });
});
