// The kiosk screen's only way out: `window.kiosk` under Electron, otherwise JSON over loopback HTTP.
import { ApiError, type ApiErrorCode } from '../../machines/contracts/hubApi.js';
import {
  type KioskBridge,
  type KioskInput,
  type KioskMethod,
  type KioskOutput,
  kioskApi,
  kioskHttpPath,
} from '../../machines/contracts/kioskApi.js';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the kiosk screen runs in a plain browser. */
    kiosk?: KioskBridge;
  }
}

/** What went wrong on the way to the agent: an ApiError code, or `unavailable` when it could not be reached. */
export class KioskBridgeError extends Error {
  constructor(
    readonly method: KioskMethod,
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'KioskBridgeError';
  }
}

/** The same bridge over HTTP: `POST <baseUrl>/kiosk-api/<method>` with the input as JSON. */
export function createHttpKioskBridge(baseUrl = ''): KioskBridge {
  const root = baseUrl.replace(/\/+$/, '');
  async function call<M extends KioskMethod>(method: M, input: KioskInput<M>): Promise<KioskOutput<M>> {
    let response: Response;
    try {
      response = await fetch(root + kioskHttpPath(method), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(kioskApi[method].input.parse(input)),
      });
    } catch (cause) {
      throw new KioskBridgeError(method, 0, 'unavailable', 'The kiosk agent cannot be reached.', { cause });
    }
    const payload: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = ApiError.safeParse(payload);
      if (parsed.success) {
        throw new KioskBridgeError(
          method,
          response.status,
          parsed.data.error.code,
          parsed.data.error.message,
        );
      }
      throw new KioskBridgeError(
        method,
        response.status,
        'internal',
        `The kiosk agent answered ${response.status}.`,
      );
    }
    return kioskApi[method].output.parse(payload) as KioskOutput<M>;
  }
  return {
    getSetup: (input) => call('getSetup', input),
    getStatus: (input) => call('getStatus', input),
    getIntake: (input) => call('getIntake', input),
    takeTicket: (input) => call('takeTicket', input),
    staffExit: (input) => call('staffExit', input),
    waitForScan: (input) => call('waitForScan', input),
  };
}

/** `window.kiosk` when the preload provides it, otherwise the HTTP bridge to the page's own origin. */
export function getKioskBridge(): KioskBridge {
  return window.kiosk ?? createHttpKioskBridge();
}
