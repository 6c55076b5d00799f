// Health reports carry the app version the kiosk runs (package.json's unless given), so the hub can show it and
// run rollouts.
import { describe, expect, it } from 'vitest';
import type { HubClient, PrinterHealth } from '../../../machines/contracts/index.js';
import type { DeviceCredential } from '../../../main/agent/deviceCredential.js';
import { startHealthReporter } from '../../../main/agent/healthReporter.js';
import { packageVersion } from '../../../main/appVersion.js';

const printer: PrinterHealth = {
  state: 'ready',
  canPrint: true,
  fault: null,
  since: '2026-11-26T18:00:00.000Z',
  lastGoodAt: null,
};

/** Starts a reporter and resolves with the body of its first report. */
async function firstReport(appVersion?: string | null): Promise<Record<string, unknown>> {
  let reported!: (body: Record<string, unknown>) => void;
  const body = new Promise<Record<string, unknown>>((resolve) => {
    reported = resolve;
  });
  const hub = {
    call: async (_route: string, args: { body: Record<string, unknown> }) => {
      reported(args.body);
      return { ok: true };
    },
  } as unknown as HubClient;
  const credential = {
    state: () => 'enrolled',
    noteAccepted: () => undefined,
    noteFailure: () => false,
  } as unknown as DeviceCredential;
  const reporter = startHealthReporter({
    hub,
    credential,
    watch: { current: () => printer, onChange: () => () => undefined },
    ...(appVersion === undefined ? {} : { appVersion }),
  });
  const sent = await body;
  await reporter.stop();
  return sent;
}

describe('health reports', () => {
  it("carry package.json's version by default", async () => {
    const version = packageVersion();
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect((await firstReport()).appVersion).toBe(version);
  });

  it('carry the version given (Electron passes its own), or null when unknown', async () => {
    expect((await firstReport('1.4.0')).appVersion).toBe('1.4.0');
    expect((await firstReport(null)).appVersion).toBeNull();
  });
});
