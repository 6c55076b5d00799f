// The kiosk screen's only way out: `window.kiosk` under Electron, otherwise JSON over loopback HTTP.
import type { FieldProblem } from '../../machines/contracts/caseRequests.js';
import { ApiError, type ApiErrorCode } from '../../machines/contracts/hubApi.js';
import {
  decodeKioskError,
  type KioskBridge,
  type KioskInput,
  type KioskMethod,
  type KioskOutput,
  kioskApi,
  kioskHttpPath,
  kioskMethods,
} from '../../machines/contracts/kioskApi.js';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the kiosk screen runs in a plain browser. */
    kiosk?: KioskBridge;
  }
}

/**
 * What went wrong on the way to the agent: an ApiError code, or `unavailable` when it could not be reached. An
 * invalid service request carries the fields the agent refused (`problems`), for the screen to show.
 */
export class KioskBridgeError extends Error {
  readonly problems?: FieldProblem[];

  constructor(
    readonly method: KioskMethod,
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    options?: { cause?: unknown; problems?: FieldProblem[] },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KioskBridgeError';
    if (options?.problems) this.problems = options.problems;
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
        const { code, message, problems } = parsed.data.error;
        throw new KioskBridgeError(method, response.status, code, message, { problems });
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
    getCaseCatalog: (input) => call('getCaseCatalog', input),
    submitRequest: (input) => call('submitRequest', input),
    getInfoContent: (input) => call('getInfoContent', input),
    printReferral: (input) => call('printReferral', input),
    recordInfoVisit: (input) => call('recordInfoVisit', input),
    /** A long poll (about 25 s): fetch itself sets no deadline, so it waits for the agent's answer. */
    waitForNotices: (input) => call('waitForNotices', input),
  };
}

/**
 * The preload's bridge with its errors read back: only an error's message crosses Electron's context bridge, so
 * the preload encodes the agent's ApiError in it (encodeKioskError) and this turns it into a KioskBridgeError.
 */
export function fromPreloadBridge(preload: KioskBridge): KioskBridge {
  const wrap =
    <M extends KioskMethod>(method: M) =>
    async (input: KioskInput<M>): Promise<KioskOutput<M>> => {
      const call = preload[method] as (input: KioskInput<M>) => Promise<KioskOutput<M>>;
      try {
        return await call(input);
      } catch (cause) {
        const answer = cause instanceof Error ? decodeKioskError(cause.message) : null;
        if (answer === null) {
          throw new KioskBridgeError(method, 0, 'unavailable', 'The kiosk agent cannot be reached.', {
            cause,
          });
        }
        const { code, message, problems } = answer.error;
        throw new KioskBridgeError(method, answer.status, code, message, { cause, problems });
      }
    };
  return Object.fromEntries(kioskMethods.map((method) => [method, wrap(method)])) as KioskBridge;
}

/** `window.kiosk` when the preload provides it, otherwise the HTTP bridge to the page's own origin. */
export function getKioskBridge(): KioskBridge {
  return window.kiosk ? fromPreloadBridge(window.kiosk) : createHttpKioskBridge();
}
