// The Electron kiosk end to end (where the Electron binary exists): enrolment, app:// page, window.kiosk, a
// printed ticket, and the staff exit answering without a PIN set.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { KioskBridge } from '../../machines/contracts/index.js';
import { findElectronBinary } from '../../main/demo/electronBinary.js';
import { projectRoot } from '../../main/paths.js';
import { startVirtualPrinter } from '../fakes/virtualPrinter.js';
import { createEnrolmentCodeViaCli as createEnrolmentCode } from '../support/hubAuth.js';
import { startHubProcess } from '../support/hubProcess.js';

// `require('electron')` in Node gives the binary's path, or throws when node_modules/electron/path.txt is
// missing (the binary was never downloaded); findElectronBinary checks the same file without throwing.
const binary = findElectronBinary();
const skipReason = binary.path === null ? `electron.spec: skipped — ${binary.reason}` : '';
if (skipReason) console.log(skipReason);

type PageWithKiosk = { kiosk?: KioskBridge; require?: unknown; process?: unknown };

test('the kiosk role runs the bridge in the main process and prints a ticket', async () => {
  test.skip(binary.path === null, skipReason);
  const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-electron-e2e-'));
  const hub = await startHubProcess({ dataDir: join(dataDir, 'hub') });
  const printer = await startVirtualPrinter({ port: 0 });
  const code = await createEnrolmentCode(hub.dataDir, 'kiosk', 'Electron e2e kiosk');
  const app = await electron.launch({
    executablePath: binary.path ?? undefined,
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      projectRoot,
      '--role=kiosk',
      `--hub=${hub.url}`,
      `--printer=${printer.url}`,
      `--data=${join(dataDir, 'agent')}`,
      `--enrol=${code}`,
    ],
  });
  try {
    const page = await app.firstWindow();
    expect(page.url()).toBe('app://lobby/kiosk.html');

    const exposed = await page.evaluate(() => {
      const w = window as unknown as PageWithKiosk;
      return {
        methods: Object.keys(w.kiosk ?? {}).sort(),
        require: typeof w.require,
        process: typeof w.process,
      };
    });
    expect(exposed).toEqual({
      methods: ['getSetup', 'getStatus', 'staffExit', 'takeTicket'],
      require: 'undefined',
      process: 'undefined',
    });

    const devToolsOpened = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      contents?.openDevTools();
      return contents?.isDevToolsOpened();
    });
    expect(devToolsOpened).toBe(false);

    const requestId = randomUUID();
    const result = await page.evaluate(
      (id) =>
        (window as unknown as PageWithKiosk).kiosk!.takeTicket({
          requestId: id,
          serviceId: 'permits',
          language: 'en',
          needs: { interpreter: null, accessibility: [] },
        }),
      requestId,
    );
    expect(result.print).toEqual({ ok: true });
    const job = await printer.nextJob();
    expect(job.ticketNumber).toBe(result.ticket.number);
    expect(job.receipt.cuts).toBe(1);

    const exit = await page.evaluate(() =>
      (window as unknown as PageWithKiosk).kiosk!.staffExit({ pin: '12345678' }),
    );
    expect(exit).toEqual({ ok: false, reason: 'not-set', retryAfterSeconds: 0 });
  } finally {
    await app.close();
    await hub.stop();
    await printer.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
