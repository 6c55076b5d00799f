// Puts a kiosk agent together (settings, device credential, hub client, printer with its health watched and
// reported, catalogs, exit guard, service); shared by the CLI and Electron.
import {
  createHubClient,
  type FetchLike,
  type HubClient,
  HubUnreachableError,
  type PrinterModel,
} from '../../machines/contracts/index.js';
import type { Catalogs } from '../../machines/i18n/translate.js';
import { openPrinter } from '../../printers/printer.js';
import { loadCatalogs } from '../localesFromDisk.js';
import { createDeviceCredential, type DeviceCredential } from './deviceCredential.js';
import { createExitGuard } from './exitPin.js';
import { createKioskService, type KioskService } from './kioskService.js';
import type { ScannerStateReport } from './scanner/serialScanner.js';
import { loadAgentSettings } from './settings.js';

export interface KioskAgentOptions {
  hubUrl: string;
  printerUri: string;
  /** The printer's model (default epson-tm-t88vi): sets the paper width. */
  printerModel?: PrinterModel;
  /** A serial QR scanner URI, or null/absent for none. */
  scannerUri?: string | null;
  /** Tickets in a burst, then one per `refillMs` (default 5 and 4 s; see kioskService). */
  ticketLimit?: { capacity: number; refillMs: number };
  dataDir: string;
  /** Per hub request (default 4 s): a kiosk must learn quickly that the hub is away (then it issues offline). */
  hubTimeoutMs?: number;
  catalogs?: Catalogs;
  /** Quits the kiosk after a correct facilities PIN (Electron); absent in browser mode. */
  onStaffExit?: () => void;
  /** One line for the operator's log (never given the token). */
  log?: (line: string) => void;
  fetch?: FetchLike;
}

export interface KioskAgent {
  service: KioskService;
  hub: HubClient;
  credential: DeviceCredential;
}

/** Global fetch with a per-request timeout, in the shape the hub client takes. */
/**
 * fetch with one deadline for the whole exchange, body included (the body is read here, so a hub that sends
 * headers and then stalls cannot hang a kiosk). The timer is an ordinary one, cleared when the exchange ends.
 */
export function fetchWithTimeout(timeoutMs: number): FetchLike {
  return async (url, init) => {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    try {
      const res = await fetch(url, { ...init, signal: controller.signal });
      const text = await res.text();
      return { status: res.status, text: async () => text, json: async () => JSON.parse(text) as unknown };
    } finally {
      clearTimeout(timer);
    }
  };
}

export const refusedLogLine =
  'the hub refuses this kiosk (device disabled or credential revoked): the kiosk shows out of service. ' +
  'Create a code in /maintenance and start the agent with --enrol <code>.';

/** One log line about the scanner (a state report never carries scanned text). */
export function scannerLogLine(report: ScannerStateReport): string {
  switch (report.state) {
    case 'connected':
      return `scanner connected on ${report.path}`;
    case 'disconnected':
      return `scanner on ${report.path} is not available (${report.reason}); trying again`;
    case 'line-dropped':
      return `scanner on ${report.path}: a scan longer than ${report.maxLineBytes} bytes was ignored`;
  }
}

/** Uses the credential saved in `dataDir` (see enrolKiosk); without one the kiosk is out of service. */
export function createKioskAgent(options: KioskAgentOptions): KioskAgent {
  const settings = loadAgentSettings(options.dataDir);
  const credential = createDeviceCredential(settings.credential, settings.deviceId, () =>
    options.log?.(refusedLogLine),
  );
  const hub = createHubClient(
    options.hubUrl,
    options.fetch ?? fetchWithTimeout(options.hubTimeoutMs ?? 4_000),
    { headers: credential.headers },
  );
  const service = createKioskService({
    hub,
    printer: openPrinter(options.printerUri),
    catalogs: options.catalogs ?? loadCatalogs(),
    credential,
    printerHealth: {},
    instructions: {},
    offline: { dataDir: options.dataDir, ...(options.log ? { log: options.log } : {}) },
    notices: { hubUrl: options.hubUrl },
    ...(options.printerModel ? { printerModel: options.printerModel } : {}),
    ...(options.ticketLimit ? { ticketLimit: options.ticketLimit } : {}),
    scans: {
      scanner: options.scannerUri
        ? { uri: options.scannerUri, onState: (report) => options.log?.(scannerLogLine(report)) }
        : null,
    },
    exitGuard: createExitGuard({
      pinHash: () => loadAgentSettings(options.dataDir).exitPinHash,
      ...(options.onStaffExit ? { onExit: options.onStaffExit } : {}),
    }),
  });
  return { service, hub, credential };
}

/** The innermost reason of a failed connection, e.g. `connect ECONNREFUSED 127.0.0.1:8311`. */
export function rootCause(err: unknown): string {
  let current: unknown = err;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}

/** The hub did not answer at start (an enrolled kiosk with a saved site may start offline). */
export class HubNotReachedError extends Error {
  override name = 'HubNotReachedError';
}

/** Resolves when the hub answers its health check; otherwise rejects with one plain line saying what to do. */
export async function checkHub(hub: HubClient, hubUrl: string): Promise<void> {
  try {
    await hub.call('health', {});
  } catch (err) {
    if (err instanceof HubUnreachableError) {
      throw new HubNotReachedError(
        `cannot reach the hub at ${hubUrl} (${rootCause(err.cause)}). Is the hub running? Check --hub.`,
      );
    }
    throw new Error(
      `the server at ${hubUrl} did not answer like a Lobby 311 hub (${rootCause(err)}). Check --hub.`,
    );
  }
}

/** Asks the hub whether it still accepts the credential; a refusal is logged once by the credential. */
export async function checkCredential(agent: KioskAgent): Promise<void> {
  if (agent.credential.state() === 'not-enrolled') return;
  try {
    await agent.hub.call('me', {});
    agent.credential.noteAccepted();
  } catch (err) {
    agent.credential.noteFailure(err);
  }
}
