// Tells the hub this kiosk's printer health and connectivity (with the app version it runs): at once when either
// changes, and as a heartbeat. An unreachable hub is retried with growing waits; only the latest state is ever
// sent; printing never waits on it.
import type { AppVersion, Connectivity, HubClient, PrinterModel } from '../../machines/contracts/index.js';
import { packageVersion } from '../appVersion.js';
import type { DeviceCredential } from './deviceCredential.js';
import type { PrinterWatch } from './printerWatch.js';

export interface HealthReportTiming {
  /** A report is sent at least this often while nothing changes (default 5 minutes). */
  heartbeatMs?: number;
  /** First wait after a failed report, doubled after each further failure up to `retryMaxMs` (default 1 s). */
  retryFirstMs?: number;
  /** Longest wait between retries (default 60 s). */
  retryMaxMs?: number;
}

export interface HealthReporterDeps extends HealthReportTiming {
  hub: HubClient;
  credential: DeviceCredential;
  watch: Pick<PrinterWatch, 'current' | 'onChange'>;
  /** The configured printer model, sent with every report (null: not known). */
  printerModel?: PrinterModel | null;
  /** The kiosk's link to the hub, sent with every report (absent: null). */
  connectivity?: () => Connectivity;
  /** The app version sent with every report (default: package.json's; null: not known). */
  appVersion?: AppVersion | null;
}

export interface HealthReporter {
  /** Sends the state now, even while waiting to retry (at reconnect, or when going offline). */
  sendNow(): void;
  /** Stops the timers and the change listener, then waits for a report under way. */
  stop(): Promise<void>;
}

export function startHealthReporter(deps: HealthReporterDeps): HealthReporter {
  const heartbeatMs = deps.heartbeatMs ?? 5 * 60_000;
  const retryFirstMs = deps.retryFirstMs ?? 1_000;
  const retryMaxMs = deps.retryMaxMs ?? 60_000;
  const { hub, credential, watch } = deps;
  const appVersion = deps.appVersion === undefined ? packageVersion() : deps.appVersion;
  let timer: NodeJS.Timeout | undefined;
  let sending: Promise<void> | undefined;
  /** The latest state has not reached the hub yet. */
  let dirty = true;
  let failures = 0;
  let stopped = false;

  function schedule(ms: number): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      dirty = true;
      deliver();
    }, ms);
  }

  /** Sends the state as it is now; afterwards waits for the heartbeat, retries, or sends a newer state. */
  function deliver(): void {
    if (stopped || sending) return;
    if (credential.state() === 'not-enrolled') {
      schedule(heartbeatMs);
      return;
    }
    dirty = false;
    const body = {
      printer: watch.current(),
      printerModel: deps.printerModel ?? null,
      connectivity: deps.connectivity?.() ?? null,
      appVersion,
    };
    sending = hub.call('reportHealth', { body }).then(
      () => {
        credential.noteAccepted();
        failures = 0;
        settle(heartbeatMs);
      },
      (err: unknown) => {
        // A refusing hub (device disabled) is asked again only on a change or the heartbeat.
        if (credential.noteFailure(err)) {
          failures = 0;
          settle(heartbeatMs);
          return;
        }
        dirty = true;
        failures += 1;
        settle(Math.min(retryFirstMs * 2 ** (failures - 1), retryMaxMs));
      },
    );
  }

  function settle(waitMs: number): void {
    sending = undefined;
    if (stopped) return;
    if (dirty && failures === 0) deliver();
    else schedule(waitMs);
  }

  const unsubscribe = watch.onChange(() => {
    dirty = true;
    // While retrying, the change waits for the next attempt (which sends the latest state).
    if (!sending && failures === 0) {
      clearTimeout(timer);
      deliver();
    }
  });
  deliver();

  return {
    sendNow() {
      dirty = true;
      if (stopped || sending) return;
      failures = 0;
      clearTimeout(timer);
      deliver();
    },
    async stop() {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      await sending;
    },
  };
}
