// The window checklist, item by item: web preferences, navigation, pop-ups, permissions, CSP, crash recovery.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, KIOSK_URL } from '../../../main/electron/appProtocol.js';
import {
  CRASH_RESET_MS,
  createRoleWindow,
  hardenSession,
  UNRESPONSIVE_LIMIT_MS,
  windowOptions,
} from '../../../main/electron/window.js';
import { electronFake, type FakeBrowserWindow, fakeEvent } from '../../setup/mockElectron.js';

type Prefs = Record<string, unknown>;
const prefsOf = (win: FakeBrowserWindow) => win.options.webPreferences as Prefs;
const kioskWindow = () =>
  createRoleWindow('kiosk', KIOSK_URL, '/app/preload.cjs') as unknown as FakeBrowserWindow;

describe('window options', () => {
  beforeEach(() => electronFake.reset());

  it.each(['kiosk', 'desk', 'display', 'maintenance'] as const)(
    'isolate the %s page: context isolation, sandbox, no Node, web security',
    (role) => {
      const prefs = windowOptions(role, null).webPreferences as Prefs;
      expect(prefs.contextIsolation).toBe(true);
      expect(prefs.sandbox).toBe(true);
      expect(prefs.nodeIntegration).toBe(false);
      expect(prefs.nodeIntegrationInSubFrames).toBe(false);
      expect(prefs.webSecurity).toBe(true);
      expect(prefs.webviewTag).toBe(false);
      expect(prefs.allowRunningInsecureContent).toBe(false);
    },
  );

  it('turn devtools off and go kiosk/fullscreen for the kiosk role only', () => {
    const kiosk = windowOptions('kiosk', '/p.cjs');
    expect(kiosk).toMatchObject({ kiosk: true, fullscreen: true });
    expect((kiosk.webPreferences as Prefs).devTools).toBe(false);
    expect((kiosk.webPreferences as Prefs).preload).toBe('/p.cjs');
    const desk = windowOptions('desk', null);
    expect(desk).toMatchObject({ kiosk: false, fullscreen: false });
    expect((desk.webPreferences as Prefs).devTools).toBe(true);
    expect(desk.webPreferences).not.toHaveProperty('preload');
  });

  it('are what createRoleWindow hands to BrowserWindow, and the start page is loaded', () => {
    const win = kioskWindow();
    expect(prefsOf(win)).toMatchObject({ contextIsolation: true, sandbox: true, devTools: false });
    expect(win.loadURL).toHaveBeenCalledWith(KIOSK_URL);
  });
});

describe('window guards', () => {
  beforeEach(() => electronFake.reset());

  it('deny navigation to another origin and allow it within the app', () => {
    const { webContents } = kioskWindow();
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'app://other/kiosk.html',
      'about:blank',
    ]) {
      const event = fakeEvent(url);
      webContents.emit('will-navigate', event);
      expect(event.defaultPrevented, url).toBe(true);
    }
    const inside = fakeEvent(`${APP_ORIGIN}/kiosk.html?lang=es`);
    webContents.emit('will-navigate', inside);
    expect(inside.defaultPrevented).toBe(false);
  });

  it('deny redirects away and every <webview>', () => {
    const { webContents } = kioskWindow();
    const redirect = fakeEvent('https://example.com/');
    webContents.emit('will-redirect', redirect);
    expect(redirect.defaultPrevented).toBe(true);
    const webview = fakeEvent();
    webContents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
  });

  it('deny every new window', () => {
    const { webContents } = kioskWindow();
    const handler = webContents.windowOpenHandler as unknown as (d: { url: string }) => unknown;
    expect(handler({ url: `${APP_ORIGIN}/kiosk.html` })).toEqual({ action: 'deny' });
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('keep a desk window on the hub origin', () => {
    const win = createRoleWindow('desk', 'http://127.0.0.1:8311/desk', null) as unknown as FakeBrowserWindow;
    const hubPage = fakeEvent('http://127.0.0.1:8311/display');
    win.webContents.emit('will-navigate', hubPage);
    expect(hubPage.defaultPrevented).toBe(false);
    const otherPort = fakeEvent('http://127.0.0.1:8312/kiosk');
    win.webContents.emit('will-navigate', otherPort);
    expect(otherPort.defaultPrevented).toBe(true);
  });
});

describe('session hardening', () => {
  beforeEach(() => {
    electronFake.reset();
    hardenSession(electronFake.session as never);
  });

  it('denies every permission request and check', () => {
    const granted: boolean[] = [];
    const request = electronFake.session.permissionRequestHandler as unknown as (
      wc: unknown,
      permission: string,
      callback: (ok: boolean) => void,
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      request({}, permission, (ok) => granted.push(ok));
    }
    expect(granted).toEqual([false, false, false, false]);
    const check = electronFake.session.permissionCheckHandler as unknown as (...a: unknown[]) => boolean;
    expect(check(null, 'media', APP_ORIGIN, {})).toBe(false);
    const device = electronFake.session.devicePermissionHandler as unknown as (...a: unknown[]) => boolean;
    expect(device({})).toBe(false);
  });

  it('sets the kiosk CSP on app:// responses', () => {
    const hook = electronFake.session.headersReceived;
    expect(hook?.filter.urls).toEqual([`${APP_ORIGIN}/*`]);
    let headers: Record<string, string[]> | undefined;
    const listener = hook?.listener as unknown as (
      details: { url: string; responseHeaders: Record<string, string[]> },
      cb: (r: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    listener({ url: KIOSK_URL, responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => {
      headers = r.responseHeaders;
    });
    expect(headers?.['Content-Type']).toEqual(['text/html']);
    expect(headers?.['Content-Security-Policy']?.[0]).toMatch(/default-src 'self'.*connect-src 'self'/);
  });
});

describe('crash recovery', () => {
  beforeEach(() => {
    electronFake.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('reloads a crashed page after a back-off that grows with repeated crashes', () => {
    const { webContents } = kioskWindow();
    webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 1 });
    vi.advanceTimersByTime(999);
    expect(webContents.reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(webContents.reload).toHaveBeenCalledTimes(1);
    webContents.emit('render-process-gone', fakeEvent(), { reason: 'oom', exitCode: 1 });
    vi.advanceTimersByTime(1_999);
    expect(webContents.reload).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(webContents.reload).toHaveBeenCalledTimes(2);
  });

  it('starts the back-off again after a long healthy run', () => {
    const { webContents } = kioskWindow();
    webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 1 });
    vi.advanceTimersByTime(1_000 + CRASH_RESET_MS);
    webContents.emit('render-process-gone', fakeEvent(), { reason: 'crashed', exitCode: 1 });
    vi.advanceTimersByTime(1_000);
    expect(webContents.reload).toHaveBeenCalledTimes(2);
  });

  it('does not reload after a clean exit', () => {
    const { webContents } = kioskWindow();
    webContents.emit('render-process-gone', fakeEvent(), { reason: 'clean-exit', exitCode: 0 });
    vi.advanceTimersByTime(60_000);
    expect(webContents.reload).not.toHaveBeenCalled();
  });

  it('restarts a renderer that stays unresponsive, but not one that recovers', () => {
    const { webContents } = kioskWindow();
    webContents.emit('unresponsive');
    vi.advanceTimersByTime(UNRESPONSIVE_LIMIT_MS / 2);
    webContents.emit('responsive');
    vi.advanceTimersByTime(UNRESPONSIVE_LIMIT_MS);
    expect(webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    webContents.emit('unresponsive');
    vi.advanceTimersByTime(UNRESPONSIVE_LIMIT_MS);
    expect(webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
  });

  it('tries a start page that failed to load again', () => {
    const { webContents } = createRoleWindow(
      'display',
      'http://127.0.0.1:8311/display',
      null,
    ) as unknown as FakeBrowserWindow;
    webContents.emit(
      'did-fail-load',
      fakeEvent(),
      -102,
      'ERR_CONNECTION_REFUSED',
      'http://127.0.0.1:8311/display',
      true,
    );
    vi.advanceTimersByTime(10_000);
    expect(webContents.loadURL).toHaveBeenCalledWith('http://127.0.0.1:8311/display');
  });
});
