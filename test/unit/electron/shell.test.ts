// Starting the shell per role: what gets registered before and after ready, and which page the window opens.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kioskChannel, kioskMethods } from '../../../machines/contracts/index.js';
import { KIOSK_URL } from '../../../main/electron/appProtocol.js';
import { preloadPath, startShell } from '../../../main/electron/shell.js';
import { electronFake } from '../../setup/mockElectron.js';

describe('startShell', () => {
  let dataDir: string;
  beforeEach(() => {
    electronFake.reset();
    electronFake.FakeBrowserWindow.instances.length = 0;
    dataDir = mkdtempSync(join(tmpdir(), 'lobby311-shell-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const onlyWindow = () => {
    expect(electronFake.FakeBrowserWindow.instances).toHaveLength(1);
    return electronFake.FakeBrowserWindow.instances[0]!;
  };

  it('runs the kiosk: app:// protocol, the bridge handlers, a hardened session and the kiosk page', async () => {
    await startShell(['.', '--role', 'kiosk', '--hub', 'http://127.0.0.1:9', '--data', dataDir]);
    const { protocol, session } = electronFake.module;
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(
      electronFake.module.app.whenReady.mock.invocationCallOrder[0]!,
    );
    expect(electronFake.protocolHandlers.has('app')).toBe(true);
    expect([...electronFake.ipcHandlers.keys()].sort()).toEqual(kioskMethods.map(kioskChannel).sort());
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    const win = onlyWindow();
    expect(win.loadURL).toHaveBeenCalledWith(KIOSK_URL);
    expect((win.options.webPreferences as { preload?: string }).preload).toBe(preloadPath);
  });

  it('opens the desk from the hub, with no preload and no bridge', async () => {
    await startShell(['.', '--role=desk', '--hub=http://127.0.0.1:8311']);
    expect(electronFake.ipcHandlers.size).toBe(0);
    const win = onlyWindow();
    expect(win.loadURL).toHaveBeenCalledWith('http://127.0.0.1:8311/desk');
    expect(win.options.webPreferences).not.toHaveProperty('preload');
  });

  it('exits with 2 on a bad role, before opening anything', async () => {
    await startShell(['.', '--role', 'admin']);
    expect(electronFake.module.app.exit).toHaveBeenCalledWith(2);
    expect(electronFake.FakeBrowserWindow.instances).toHaveLength(0);
  });
});
