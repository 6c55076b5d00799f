// submitRequest against the real hub routes (in-process, SQLite in a temp folder): the hub keeps the kiosk's
// status token and reference, and a request saved while the hub was down is handed over once it is back.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localReferenceOf } from '../../../../machines/caseRequests/localReference.js';
import type { CaseCatalog, SubmitRequestInput } from '../../../../machines/contracts/index.js';
import { caseRequestLogFile } from '../../../../main/agent/caseRequests/requestLog.js';
import { createKioskService, type KioskService } from '../../../../main/agent/kioskService.js';
import { loadCatalogs } from '../../../../main/localesFromDisk.js';
import { openPrinter } from '../../../../printers/printer.js';
import { type InProcessHub, startInProcessHub } from '../inProcessHub.js';
import { personal, walkInRequest } from './walkInRequest.js';

/** The catalog's first service with every question answered acceptably. */
function answered(catalog: CaseCatalog): SubmitRequestInput {
  const service = catalog.services[0]!;
  const answers: SubmitRequestInput['answers'] = {};
  for (const a of catalog.definitions[service.code]?.attributes ?? []) {
    if (!a.variable) continue;
    const first = a.values[0]?.key ?? 'x';
    answers[a.code] = {
      multivaluelist: [first],
      singlevaluelist: first,
      number: '2',
      datetime: '2026-11-26',
      string: 'by the door',
      text: 'by the door',
    }[a.datatype];
  }
  return walkInRequest({ serviceCode: service.code, answers, capturedAt: new Date().toISOString() });
}

describe('submitRequest with the real hub', () => {
  let dir: string;
  let hub: InProcessHub;
  let service: KioskService;
  const pending = async () => (await service.getStatus({})).connectivity?.pendingCaseRequests;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-submit-real-hub-'));
    hub = await startInProcessHub();
    service = createKioskService({
      hub: hub.client,
      printer: openPrinter('none'),
      catalogs: loadCatalogs(),
      credential: hub.credential,
      offline: { dataDir: dir, handOverIntervalMs: null, caseHandOverIntervalMs: null },
    });
  });
  afterEach(async () => {
    await service.close();
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is committed by the hub (nothing left in the kiosk log), and a retry gets the same receipt', async () => {
    const input = answered(await service.getCaseCatalog({}));
    const result = await service.submitRequest(input);
    expect(result).toMatchObject({ offline: false, print: { ok: false, reason: 'no-printer' } });
    expect(result.receipt.localReference).toBe(localReferenceOf(input.requestId));
    expect(readFileSync(caseRequestLogFile(dir), 'utf8')).toBe('');
    const retry = await service.submitRequest(input);
    expect(retry.receipt).toEqual(result.receipt);
  });

  it('hands a request saved while the hub was down over once it answers again, with the same token', async () => {
    const input = answered(await service.getCaseCatalog({}));
    hub.setDown(true);
    const offline = await service.submitRequest(input);
    expect(offline.offline).toBe(true);
    expect(await pending()).toBe(1);
    hub.setDown(false);
    await expect.poll(pending).toBe(0);
    const status = await hub.client.call('caseRequestStatus', {
      params: { token: offline.receipt.statusToken },
    });
    expect(status.localReference).toBe(offline.receipt.localReference);
    expect(readFileSync(caseRequestLogFile(dir), 'utf8')).not.toContain(personal.email);
  });
});
