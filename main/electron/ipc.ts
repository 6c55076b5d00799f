// The only module that uses ipcMain: one handler per kiosk bridge method, for the app's own kiosk page only.
import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import { type KioskBridge, kioskChannel, kioskMethods } from '../../machines/contracts/index.js';
import { dispatchKioskCall, type KioskCallResult } from '../agent/dispatchKioskCall.js';
import { APP_HOST, APP_SCHEME } from './appProtocol.js';

/** True only for a frame showing `app://lobby/…`; `senderFrame.url` is checked, not a page-supplied origin. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url;
  if (!url || !URL.canParse(url)) return false;
  const { protocol, host } = new URL(url);
  return protocol === `${APP_SCHEME}:` && host === APP_HOST;
}

/** Answers with the dispatch envelope (`ok` + value, or `ok: false` + ApiError) that the preload unwraps. */
export function setupIpc(service: KioskBridge, onError?: (method: string, err: unknown) => void): void {
  for (const method of kioskMethods) {
    ipcMain.handle(kioskChannel(method), async (event, input: unknown): Promise<KioskCallResult> => {
      if (!isTrustedSender(event))
        throw new Error(`kiosk bridge: refused ${method} from a page that is not the kiosk`);
      return dispatchKioskCall(service, method, input, onError);
    });
  }
}

export function teardownIpc(): void {
  for (const method of kioskMethods) ipcMain.removeHandler(kioskChannel(method));
}
