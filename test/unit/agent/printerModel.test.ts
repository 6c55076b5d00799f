import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrinterModel } from '../../../machines/contracts/index.js';
import { createKioskService, type KioskService } from '../../../main/agent/kioskService.js';
import { loadCatalogs } from '../../../main/localesFromDisk.js';
import { decodeEscPos } from '../../../printers/preview/escposDecoder.js';
import { openPrinter } from '../../../printers/printer.js';
import { kioskVisit } from '../../support/kioskVisit.js';
import { type InProcessHub, startInProcessHub } from './inProcessHub.js';

const catalogs = loadCatalogs();
describe('kiosk printer model', () => {
  let hub: InProcessHub;
  let dir: string;
  let kiosk: KioskService | null;

  beforeEach(async () => {
    hub = await startInProcessHub();
    dir = mkdtempSync(join(tmpdir(), 'lobby311-printer-model-'));
    kiosk = null;
  });
  afterEach(async () => {
    await kiosk?.close();
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function printOne(printerModel?: PrinterModel) {
    const out = join(dir, `${printerModel ?? 'default'}.bin`);
    kiosk = createKioskService({
      hub: hub.client,
      printer: openPrinter(`file://${out}`),
      catalogs,
      credential: hub.credential,
      printerHealth: {},
      ...(printerModel ? { printerModel } : {}),
    });
    const result = await kiosk.takeTicket(kioskVisit());
    expect(result.print).toEqual({ ok: true });
    return { result, bytes: new Uint8Array(readFileSync(out)) };
  }

  const ruleWidth = (bytes: Uint8Array, columns: number) =>
    decodeEscPos(bytes, { columns })
      .lines.map((line) => line.text)
      .find((text) => /^-+$/.test(text))?.length;

  it('lays a 58 mm ticket out on 32 columns and says the model in its health reports', async () => {
    const { result, bytes } = await printOne('epson-tm-p20ii');
    const receipt = decodeEscPos(bytes, { columns: 32 });
    expect(receipt.lines.map((l) => l.text)).toContain(result.ticket.number);
    expect(ruleWidth(bytes, 32)).toBe(32);
    const report = await hub.healthReported((r) => r.status === 200);
    expect(report.state).not.toBe('none');
    expect(hub.healthReports.every((r) => r.printerModel === 'epson-tm-p20ii')).toBe(true);
  });

  it('uses the 80 mm TM-T88VI (42 columns) when no model is given, and reports it', async () => {
    const { bytes } = await printOne();
    expect(ruleWidth(bytes, 42)).toBe(42);
    await hub.healthReported((r) => r.status === 200);
    expect(hub.healthReports[0]?.printerModel).toBe('epson-tm-t88vi');
  });

  it('takes the bridge printer state from the watched health', async () => {
    await printOne();
    expect(await kiosk?.getStatus({})).toMatchObject({
      printer: 'ready',
      printerHealth: { state: 'ready', canPrint: true },
    });
  });
});
