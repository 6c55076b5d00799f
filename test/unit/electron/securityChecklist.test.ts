// The Electron security checklist, item by item, on a kiosk shell started for real against the mocked
// `electron` module: one test per item (fuses: electronBuilderConfig.test.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { kioskChannel, kioskMethods } from '../../../machines/contracts/index.js';
import { hashExitPin } from '../../../main/agent/exitPin.js';
import { saveAgentCredential, saveExitPinHash } from '../../../main/agent/settings.js';
import { APP_ORIGIN, appProtocolHandler, KIOSK_URL } from '../../../main/electron/appProtocol.js';
import { startShell } from '../../../main/electron/shell.js';
import { electronFake, type FakeBrowserWindow, fakeEvent } from '../../setup/mockElectron.js';

type Prefs = Record<string, unknown>;
type Listener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;
type IpcHandler = (event: unknown, input: unknown) => Promise<unknown>;

describe('Electron security checklist (kiosk role)', () => {
  let dataDir: string;
  let win: FakeBrowserWindow;
  let prefs: Prefs;

  beforeAll(async () => {
    electronFake.reset();
    dataDir = mkdtempSync(join(tmpdir(), 'lobby311-checklist-'));
    saveAgentCredential(dataDir, { deviceId: 'kiosk-c0ffee00', token: 'k'.repeat(43) });
    saveExitPinHash(dataDir, await hashExitPin('24681357', { N: 1024, r: 8, p: 1 }));
    await startShell(['.', '--role=kiosk', '--hub=http://127.0.0.1:9', `--data=${dataDir}`]);
    win = electronFake.FakeBrowserWindow.instances[0]!;
    prefs = win.options.webPreferences as Prefs;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const handler = (method: string) =>
    electronFake.ipcHandlers.get(kioskChannel(method as never)) as unknown as IpcHandler;
  const keyDown = (
    key: string,
    mods: Partial<Record<'control' | 'shift' | 'alt' | 'meta', boolean>> = {},
  ) => {
    const event = fakeEvent();
    win.webContents.emit('before-input-event', event, {
      type: 'keyDown',
      key,
      control: false,
      shift: false,
      alt: false,
      meta: false,
      ...mods,
    });
    return event.defaultPrevented;
  };

  it('1. context isolation is on', () => {
    expect(prefs.contextIsolation).toBe(true);
  });

  it('2. the renderer is sandboxed', () => {
    expect(prefs.sandbox).toBe(true);
  });

  it('3. no Node integration, in the page, its subframes or its workers', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
  });

  it('4. web security is on', () => {
    expect(prefs.webSecurity).toBe(true);
  });

  it('5. no insecure content on the secure app:// origin', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('6. app:// responses carry the kiosk CSP (protocol handler and session header hook)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'lobby311-csp-'));
    try {
      writeFileSync(join(root, 'kiosk.html'), '<!doctype html>');
      const res = await appProtocolHandler(root)(new Request(KIOSK_URL));
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    expect(electronFake.session.headersReceived?.filter.urls).toEqual([`${APP_ORIGIN}/*`]);
  });

  it('7. navigation away from app://lobby is denied (will-navigate)', () => {
    for (const url of ['https://example.com/', 'http://127.0.0.1:8311/desk', 'file:///etc/passwd']) {
      const event = fakeEvent(url);
      win.webContents.emit('will-navigate', event);
      expect(event.defaultPrevented, url).toBe(true);
    }
  });

  it('8. redirects away are denied (will-redirect)', () => {
    const event = fakeEvent('https://example.com/phish');
    win.webContents.emit('will-redirect', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('9. new windows are denied', () => {
    const open = win.webContents.windowOpenHandler as unknown as (d: { url: string }) => unknown;
    expect(open({ url: KIOSK_URL })).toEqual({ action: 'deny' });
    expect(open({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('10. <webview> is off and attaching one is denied', () => {
    expect(prefs.webviewTag).toBe(false);
    const event = fakeEvent();
    win.webContents.emit('will-attach-webview', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('11. every permission request is denied', () => {
    const request = electronFake.session.permissionRequestHandler as unknown as (
      wc: unknown,
      permission: string,
      callback: (ok: boolean) => void,
    ) => void;
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      request({}, permission, (ok) => answers.push(ok));
    }
    expect(answers).toEqual([false, false, false, false, false]);
  });

  it('12. every permission check is denied', () => {
    const check = electronFake.session.permissionCheckHandler as unknown as (...a: unknown[]) => boolean;
    expect(check(null, 'media', APP_ORIGIN, {})).toBe(false);
    expect(check(null, 'hid', APP_ORIGIN, {})).toBe(false);
  });

  it('13. no remote content: the kiosk loads app://lobby only and every other request is cancelled', () => {
    expect(win.loadURL).toHaveBeenCalledWith(KIOSK_URL);
    const listener = electronFake.session.beforeRequest?.listener as unknown as Listener;
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      listener({ url }, ({ cancel }) => {
        answer = cancel;
      });
      return answer;
    };
    expect(cancelled(`${APP_ORIGIN}/assets/kiosk.js`)).toBe(false);
    for (const url of [
      'https://cdn.example/x.js',
      'http://127.0.0.1:8311/api/site',
      'file:///etc/hosts',
      'ws://h/',
    ]) {
      expect(cancelled(url), url).toBe(true);
    }
  });

  it('14. a privileged custom protocol serves the screens, not file://', () => {
    expect(KIOSK_URL.startsWith('app://lobby/')).toBe(true);
    expect(electronFake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electronFake.protocolHandlers.has('app')).toBe(true);
    expect(electronFake.protocolHandlers.has('file')).toBe(false);
  });

  it('15. every IPC handler checks the sender frame URL (protocol and host), not a claimed origin', async () => {
    expect([...electronFake.ipcHandlers.keys()].sort()).toEqual(kioskMethods.map(kioskChannel).sort());
    const strangers = ['https://lobby/', 'app://lobby.evil/kiosk.html', 'file:///kiosk.html', 'app://other/'];
    for (const method of kioskMethods) {
      for (const url of strangers) {
        await expect(handler(method)({ senderFrame: { url, origin: APP_ORIGIN } }, {}), url).rejects.toThrow(
          /refused/,
        );
      }
      await expect(handler(method)({ senderFrame: null }, {})).rejects.toThrow(/refused/);
    }
  });

  it('16. devtools are off in the kiosk role and closed if they open anyway', () => {
    expect(prefs.devTools).toBe(false);
    expect(keyDown('F12')).toBe(true);
    expect(keyDown('I', { control: true, shift: true })).toBe(true);
    win.webContents.emit('devtools-opened');
    expect(win.webContents.closeDevTools).toHaveBeenCalled();
  });

  it('17. keyboard escapes are blocked, ordinary typing is not', () => {
    expect(keyDown('F4', { alt: true })).toBe(true);
    for (const key of ['w', 'q', 'r']) expect(keyDown(key, { control: true }), key).toBe(true);
    expect(keyDown('F5')).toBe(true);
    expect(keyDown('F11')).toBe(true);
    expect(keyDown('ArrowLeft', { alt: true })).toBe(true);
    expect(keyDown('5')).toBe(false);
    expect(keyDown('Enter')).toBe(false);
    expect(keyDown('Tab')).toBe(false);
  });

  it('18. the staff exit: a correct facilities PIN from the kiosk page quits the app', async () => {
    const kiosk = { senderFrame: { url: KIOSK_URL } };
    expect(await handler('staffExit')(kiosk, { pin: '11111111' })).toMatchObject({
      ok: true,
      value: { ok: false, reason: 'wrong-pin' },
    });
    expect(await handler('staffExit')(kiosk, { pin: '24681357' })).toEqual({ ok: true, value: { ok: true } });
    await vi.waitFor(() => expect(electronFake.module.app.quit).toHaveBeenCalled());
  });
});

describe('Electron kiosk without enrolment', () => {
  it('still opens the locked-down kiosk (out of service) and says how to enrol', async () => {
    electronFake.reset();
    const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-unenrolled-'));
    mkdirSync(dataDir, { recursive: true });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await startShell(['.', '--role=kiosk', '--hub=http://127.0.0.1:9', `--data=${dataDir}`]);
      const logged = stderr.mock.calls.map(([chunk]) => String(chunk)).join('');
      expect(logged).toContain('this kiosk is not enrolled');
      expect(logged).toContain('--enrol <code>');
      expect(electronFake.FakeBrowserWindow.instances).toHaveLength(1);
      const status = await (electronFake.ipcHandlers.get(kioskChannel('getStatus')) as unknown as IpcHandler)(
        { senderFrame: { url: KIOSK_URL } },
        {},
      );
      expect(status).toMatchObject({ ok: true, value: { device: 'not-enrolled' } });
    } finally {
      stderr.mockRestore();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
