// Puts a kiosk agent together (settings, hub client, printer, catalogs, service); shared by the CLI and Electron.
import {
  createHubClient,
  type FetchLike,
  type HubClient,
  HubUnreachableError,
} from '../../machines/contracts/index.js';
import type { Catalogs } from '../../machines/i18n/translate.js';
import { openPrinter } from '../../printers/printer.js';
import { loadCatalogs } from '../localesFromDisk.js';
import { createKioskService, type KioskService } from './kioskService.js';
import { loadAgentSettings } from './settings.js';

export interface KioskAgentOptions {
  hubUrl: string;
  printerUri: string;
  dataDir: string;
  /** Per hub request (default 5 s): a kiosk must learn quickly that the hub is away. */
  hubTimeoutMs?: number;
  catalogs?: Catalogs;
}

export interface KioskAgent {
  service: KioskService;
  hub: HubClient;
  deviceId: string;
}

/** Global fetch with a per-request timeout, in the shape the hub client takes. */
export function fetchWithTimeout(timeoutMs: number): FetchLike {
  return (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
}

export function createKioskAgent(options: KioskAgentOptions): KioskAgent {
  const { deviceId } = loadAgentSettings(options.dataDir);
  const hub = createHubClient(options.hubUrl, fetchWithTimeout(options.hubTimeoutMs ?? 5_000));
  const service = createKioskService({
    hub,
    printer: openPrinter(options.printerUri),
    catalogs: options.catalogs ?? loadCatalogs(),
    deviceId,
  });
  return { service, hub, deviceId };
}

/** The innermost reason of a failed connection, e.g. `connect ECONNREFUSED 127.0.0.1:8311`. */
function rootCause(err: unknown): string {
  let current: unknown = err;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}

/** Resolves when the hub answers its health check; otherwise rejects with one plain line saying what to do. */
export async function checkHub(hub: HubClient, hubUrl: string): Promise<void> {
  try {
    await hub.call('health', {});
  } catch (err) {
    if (err instanceof HubUnreachableError) {
      throw new Error(
        `cannot reach the hub at ${hubUrl} (${rootCause(err.cause)}). Is the hub running? Check --hub.`,
      );
    }
    throw new Error(
      `the server at ${hubUrl} did not answer like a Lobby 311 hub (${rootCause(err)}). Check --hub.`,
    );
  }
}
