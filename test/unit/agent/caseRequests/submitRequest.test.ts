// submitRequest through the kiosk service: checked against the kiosk's catalog, written ahead, committed by the
// hub (then forgotten on the kiosk) or kept for the hand-over with an offline receipt, printed in the visitor's
// language, idempotent on requestId.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localReferenceOf } from '../../../../machines/caseRequests/localReference.js';
import { caseRequestLogFile } from '../../../../main/agent/caseRequests/requestLog.js';
import { createDeviceCredential } from '../../../../main/agent/deviceCredential.js';
import { dispatchKioskCall } from '../../../../main/agent/dispatchKioskCall.js';
import { createKioskService, type KioskService } from '../../../../main/agent/kioskService.js';
import { loadCatalogs } from '../../../../main/localesFromDisk.js';
import { openPrinter } from '../../../../printers/printer.js';
import { decodeEscPos } from '../../../fakes/escposDecoder.js';
import { type ScriptedCaseHub, startScriptedCaseHub } from './scriptedCaseHub.js';
import { personal, walkInRequest } from './walkInRequest.js';

const catalogs = loadCatalogs();

describe('submitRequest', () => {
  let dir: string;
  let hub: ScriptedCaseHub;
  let service: KioskService;
  const out = () => join(dir, 'receipts.bin');
  const logText = () => readFileSync(caseRequestLogFile(dir), 'utf8');
  const printed = () =>
    existsSync(out())
      ? decodeEscPos(new Uint8Array(readFileSync(out())))
      : { lines: [], qrCodes: [], cuts: 0 };
  const printedText = () =>
    printed()
      .lines.map((l) => l.text)
      .join('\n');
  const pendingCaseRequests = async () => (await service.getStatus({})).connectivity?.pendingCaseRequests;

  function startService(): KioskService {
    return createKioskService({
      hub: hub.client,
      printer: openPrinter(`file://${out()}`),
      catalogs,
      credential: createDeviceCredential({ deviceId: 'kiosk-a', token: 'x'.repeat(43) }, 'kiosk-a'),
      now: () => new Date('2026-11-26T18:00:00Z'),
      offline: { dataDir: dir, handOverIntervalMs: null, caseHandOverIntervalMs: null },
    });
  }

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-submit-request-'));
    hub = startScriptedCaseHub(() => new Date('2026-11-26T18:00:00Z'));
    service = startService();
    await service.getCaseCatalog({});
  });
  afterEach(async () => {
    await service.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends to the hub, prints the hub receipt, and keeps nothing of the request on the kiosk', async () => {
    const input = walkInRequest();
    const result = await service.submitRequest(input);
    expect(result.offline).toBe(false);
    expect(result.print).toEqual({ ok: true });
    expect(result.receipt.localReference).toBe(localReferenceOf(input.requestId));
    expect(hub.submits).toEqual([expect.objectContaining({ requestId: input.requestId, handOver: false })]);
    expect(hub.submits[0]?.statusToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(logText()).toBe('');
    expect(printedText()).toContain(result.receipt.localReference);
    expect(printedText()).toContain('Pothole');
    expect(printedText()).not.toContain(personal.email);
    expect(printed().qrCodes).toEqual([result.receipt.statusUrl]);
  });

  it('refuses content the kiosk catalog does not accept with the field problems, and stores nothing', async () => {
    const input = walkInRequest({ answers: { size: 'enormous' } });
    const answer = await dispatchKioskCall(service, 'submitRequest', input);
    expect(answer).toMatchObject({
      ok: false,
      status: 400,
      error: { code: 'invalid-request', problems: [{ field: 'answers.size', problem: 'not-an-option' }] },
    });
    expect(logText()).toBe('');
    expect(hub.submits).toEqual([]);
    expect(await pendingCaseRequests()).toBe(0);
  });

  it('drops the request when the hub refuses its content, and passes the hub problems to the screen', async () => {
    hub.catalog = {
      ...hub.catalog,
      definitions: {
        pothole: {
          serviceCode: 'pothole',
          attributes: [
            ...(hub.catalog.definitions.pothole?.attributes ?? []),
            {
              code: 'lane',
              variable: true,
              datatype: 'string',
              required: true,
              description: 'Which lane?',
              datatypeDescription: '',
              order: 2,
              values: [],
              translations: {},
            },
          ],
        },
      },
    };
    const input = walkInRequest();
    const answer = await dispatchKioskCall(service, 'submitRequest', input);
    expect(answer).toMatchObject({
      ok: false,
      status: 400,
      error: { code: 'invalid-request', problems: [{ field: 'answers.lane', problem: 'required' }] },
    });
    expect(logText()).toBe('');
    expect(printed().cuts).toBe(0);
    // The visitor answers the new question and sends the same request again.
    const fixed = await service.submitRequest({ ...input, answers: { size: 'large', lane: 'left' } });
    expect(fixed.offline).toBe(false);
    expect(hub.stored.get(input.requestId)?.answers).toEqual({ size: 'large', lane: 'left' });
  });

  it('gives an offline receipt while the hub is away, then hands the same request over when it returns', async () => {
    hub.base.failure = 'unreachable';
    const input = walkInRequest({ language: 'es' });
    const result = await service.submitRequest(input);
    expect(result.offline).toBe(true);
    expect(result.receipt).toMatchObject({
      requestId: input.requestId,
      localReference: localReferenceOf(input.requestId),
      state: 'queued',
      caseId: null,
    });
    expect(result.receipt.statusUrl).toBe(
      `${hub.base.site.publicBaseUrl}/request/${result.receipt.statusToken}`,
    );
    expect(printedText()).toContain('Bache');
    expect(printedText()).toContain(result.receipt.localReference);
    expect(logText()).toContain(personal.email);
    expect(await pendingCaseRequests()).toBe(1);

    hub.base.failure = null;
    await expect.poll(pendingCaseRequests).toBe(0);
    expect(hub.submits.at(-1)).toMatchObject({
      requestId: input.requestId,
      statusToken: result.receipt.statusToken,
      capturedAt: input.capturedAt,
      handOver: true,
    });
    expect(hub.stored.size).toBe(1);
    const bytes = logText();
    for (const secret of Object.values(personal)) expect(bytes).not.toContain(secret);
  });

  it('returns the same receipt for a retry of the same request, with one record and one printed copy', async () => {
    hub.base.failure = 503;
    const input = walkInRequest();
    const [first, concurrent] = await Promise.all([
      service.submitRequest(input),
      service.submitRequest(input),
    ]);
    const retry = await service.submitRequest(input);
    expect(concurrent).toEqual(first);
    expect(retry.receipt).toEqual(first.receipt);
    expect(logText().trim().split('\n')).toHaveLength(1);
    expect(printed().cuts).toBe(1);
  });

  it('keeps the request and answers rate-limited when the hub asks the kiosk to slow down', async () => {
    hub.refuseSubmit = { status: 429, code: 'rate-limited' };
    const input = walkInRequest();
    const answer = await dispatchKioskCall(service, 'submitRequest', input);
    expect(answer).toMatchObject({ ok: false, status: 429, error: { code: 'rate-limited' } });
    expect(await pendingCaseRequests()).toBe(1);
    hub.refuseSubmit = null;
    const retry = await service.submitRequest(input);
    expect(retry.offline).toBe(false);
    expect(await pendingCaseRequests()).toBe(0);
  });

  it('keeps a request the hub refuses for this kiosk (409) and gives the visitor an offline receipt', async () => {
    hub.refuseSubmit = { status: 409, code: 'conflict' };
    const result = await service.submitRequest(walkInRequest());
    expect(result.offline).toBe(true);
    expect(await pendingCaseRequests()).toBe(1);
  });

  it('hands over what an earlier run saved, once the agent starts again', async () => {
    hub.base.failure = 'unreachable';
    const input = walkInRequest();
    await service.submitRequest(input);
    await service.close();
    hub.base.failure = null;
    service = startService();
    await expect.poll(pendingCaseRequests).toBe(0);
    expect([...hub.stored.keys()]).toEqual([input.requestId]);
  });
});
