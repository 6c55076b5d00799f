// Preload (sandboxed, bundled to CommonJS): exposes `window.kiosk`, derived from the contract's method list.
import { contextBridge, ipcRenderer } from 'electron';
import {
  encodeKioskError,
  type KioskBridge,
  kioskChannel,
  kioskMethods,
} from '../../machines/contracts/kioskApi.js';
import type { KioskCallResult } from '../agent/dispatchKioskCall.js';

type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * Thrown into the page when the agent answers with an ApiError. Only an error's message crosses the context
 * bridge, so it carries the whole ApiError (see encodeKioskError; its plain sentence is inside).
 */
function unwrap(result: unknown): unknown {
  const envelope = result as KioskCallResult;
  if (envelope.ok) return envelope.value;
  throw new Error(encodeKioskError({ status: envelope.status, error: envelope.error }));
}

/** One function per kiosk method, each a single `invoke` on its channel; nothing else reaches the page. */
export function createKioskBridge(invoke: Invoke): KioskBridge {
  const bridge: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of kioskMethods) {
    bridge[method] = async (input) => unwrap(await invoke(kioskChannel(method), input));
  }
  return bridge as KioskBridge;
}

contextBridge.exposeInMainWorld(
  'kiosk',
  createKioskBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
