// One locked-down window per role: secure web preferences, no navigation away, no pop-ups, no permissions,
// the kiosk CSP on app:// responses, and recovery when the page crashes or hangs.
import {
  BrowserWindow,
  type BrowserWindowConstructorOptions,
  type Session,
  type WebContents,
} from 'electron';
import { kioskContentSecurityPolicy } from '../agent/securityHeaders.js';
import { APP_ORIGIN } from './appProtocol.js';
import { lockKioskContents } from './kioskLockdown.js';
import type { ShellRole } from './shellArgs.js';

/** How long a hung page may stay unresponsive before its renderer is restarted. */
export const UNRESPONSIVE_LIMIT_MS = 15_000;
/** A page that ran this long without crashing starts the back-off from the beginning again. */
export const CRASH_RESET_MS = 60_000;

export function windowOptions(role: ShellRole, preloadPath: string | null): BrowserWindowConstructorOptions {
  const kiosk = role === 'kiosk';
  return {
    width: 1080,
    height: 1920,
    backgroundColor: '#ffffff',
    show: false,
    autoHideMenuBar: true,
    kiosk,
    fullscreen: kiosk,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !kiosk,
      ...(preloadPath ? { preload: preloadPath } : {}),
    },
  };
}

/** The origin of a URL, or `null` when it has none (e.g. `about:blank`, a malformed URL). */
function originOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const { protocol, host } = new URL(url);
  return host === '' ? null : `${protocol}//${host}`;
}

/** Blocks navigation to any other origin, every new window, and `<webview>`. */
export function guardNavigation(contents: WebContents, allowedOrigin: string): void {
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (originOf(url) !== allowedOrigin) event.preventDefault();
  };
  contents.on('will-navigate', (event) => stayHome(event, event.url));
  contents.on('will-redirect', (event) => stayHome(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** No camera, microphone, location, notifications, USB… for any page; app:// responses carry the kiosk CSP. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived({ urls: [`${APP_ORIGIN}/*`] }, (details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [kioskContentSecurityPolicy],
      },
    });
  });
}

/** Delay before the n-th reload in a row after a crash: 1 s, 2 s, 4 s … at most 30 s. */
export function crashBackoffMs(attempt: number): number {
  return Math.min(1_000 * 2 ** attempt, 30_000);
}

/** Reloads a crashed page (with back-off) and restarts a renderer that stays unresponsive. */
export function setupCrashRecovery(contents: WebContents, now: () => number = Date.now): void {
  let attempt = 0;
  let lastCrash = 0;
  let hangTimer: NodeJS.Timeout | null = null;
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    const at = now();
    if (at - lastCrash > CRASH_RESET_MS) attempt = 0;
    lastCrash = at;
    const delay = crashBackoffMs(attempt);
    attempt += 1;
    setTimeout(() => {
      if (!contents.isDestroyed()) contents.reload();
    }, delay);
  });
  contents.on('unresponsive', () => {
    if (hangTimer) return;
    hangTimer = setTimeout(() => {
      hangTimer = null;
      if (!contents.isDestroyed()) contents.forcefullyCrashRenderer();
    }, UNRESPONSIVE_LIMIT_MS);
  });
  contents.on('responsive', () => {
    if (hangTimer) clearTimeout(hangTimer);
    hangTimer = null;
  });
}

/** A start page that failed to load (hub not up yet, network blip) is tried again every few seconds. */
export const LOAD_RETRY_MS = 5_000;

export function retryFailedLoads(contents: WebContents, startUrl: string): void {
  contents.on('did-fail-load', (_event, _code, _description, _url, isMainFrame) => {
    if (!isMainFrame) return;
    setTimeout(() => {
      if (!contents.isDestroyed()) contents.loadURL(startUrl).catch(() => undefined);
    }, LOAD_RETRY_MS);
  });
}

/** Creates the role's window with every guard in place, then loads its start page. */
export function createRoleWindow(
  role: ShellRole,
  startUrl: string,
  preloadPath: string | null,
): BrowserWindow {
  const win = new BrowserWindow(windowOptions(role, preloadPath));
  const origin = originOf(startUrl);
  if (origin === null) throw new Error(`cannot open a window on "${startUrl}": it has no origin`);
  guardNavigation(win.webContents, origin);
  if (role === 'kiosk') lockKioskContents(win.webContents);
  setupCrashRecovery(win.webContents);
  retryFailedLoads(win.webContents, startUrl);
  win.once('ready-to-show', () => win.show());
  win.loadURL(startUrl).catch(() => undefined); // a failed load is retried by retryFailedLoads
  return win;
}
