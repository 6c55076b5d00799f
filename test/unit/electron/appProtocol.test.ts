// The app://lobby protocol: a privileged standard scheme serving only the built screens, with the kiosk CSP.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  appProtocolHandler,
  KIOSK_URL,
  registerAppScheme,
  resolveAppFile,
  setupAppProtocol,
} from '../../../main/electron/appProtocol.js';
import { electronFake } from '../../setup/mockElectron.js';

describe('app protocol', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'lobby311-app-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'kiosk.html'), '<!doctype html><title>Kiosk</title>');
    writeFileSync(join(root, 'assets', 'kiosk-1.js'), 'export {}');
    mkdirSync(join(root, 'fonts'));
    writeFileSync(join(root, 'fonts', 'NotoSansLao-Regular.ttf'), 'font');
    writeFileSync(join(root, 'fonts', 'NotoSansCJKJP-Regular-subset.otf'), 'OTTO');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  beforeEach(() => electronFake.reset());

  it('registers app: as a standard, secure, fetch-capable scheme (not file://)', () => {
    registerAppScheme();
    expect(electronFake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('maps the kiosk page and the /app/ asset paths Vite writes into the build folder', () => {
    expect(resolveAppFile(KIOSK_URL, root)).toBe(join(root, 'kiosk.html'));
    expect(resolveAppFile('app://lobby/app/assets/kiosk-1.js', root)).toBe(
      join(root, 'assets', 'kiosk-1.js'),
    );
    expect(resolveAppFile('app://lobby/assets/kiosk-1.js?v=1', root)).toBe(
      join(root, 'assets', 'kiosk-1.js'),
    );
    expect(resolveAppFile('app://lobby/app/%2e%2e/%2e%2e/kiosk.html', root)).toBe(join(root, 'kiosk.html'));
  });

  it.each([
    'app://lobby/..%2f..%2fetc%2fpasswd',
    'app://other/kiosk.html',
    'file:///etc/passwd',
    'app://lobby/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('serves files with their type and the kiosk CSP, and 404 for anything else', async () => {
    setupAppProtocol(root);
    const handler = electronFake.protocolHandlers.get('app') as unknown as (r: Request) => Promise<Response>;
    const page = await handler(new Request(KIOSK_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<title>Kiosk</title>');
    const script = await appProtocolHandler(root)(new Request('app://lobby/app/assets/kiosk-1.js'));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    const ttf = await appProtocolHandler(root)(new Request('app://lobby/app/fonts/NotoSansLao-Regular.ttf'));
    expect(ttf.headers.get('content-type')).toBe('font/ttf');
    const otf = await appProtocolHandler(root)(
      new Request('app://lobby/app/fonts/NotoSansCJKJP-Regular-subset.otf'),
    );
    expect(otf.headers.get('content-type')).toBe('font/otf');
    const missing = await appProtocolHandler(root)(new Request('app://lobby/app/assets/none.js'));
    expect(missing.status).toBe(404);
  });
});
