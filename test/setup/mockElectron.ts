// Vitest setup: the one fake `electron` module every test sees (the Electron binary cannot exist here).
// Each fake records what the shell did to it; tests import `electronFake` to read that and to fire events.
import { EventEmitter as Emitter } from 'node:events';
import { vi } from 'vitest';

type Handler = (...args: never[]) => unknown;

/** An Electron-style event: `preventDefault()` is recorded in `defaultPrevented`. */
export interface FakeEvent {
  url?: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

function createElectronFake() {
  class FakeWebContents extends Emitter {
    windowOpenHandler: Handler | null = null;
    destroyed = false;
    readonly reload = vi.fn();
    readonly forcefullyCrashRenderer = vi.fn();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly isDestroyed = vi.fn(() => this.destroyed);
    readonly closeDevTools = vi.fn();
    readonly setVisualZoomLevelLimits = vi.fn(async (_min: number, _max: number) => undefined);
    readonly setWindowOpenHandler = vi.fn((handler: Handler) => {
      this.windowOpenHandler = handler;
    });
  }

  class FakeBrowserWindow extends Emitter {
    static readonly instances: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly show = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.instances.push(this);
    }
  }

  const session = {
    permissionRequestHandler: null as Handler | null,
    permissionCheckHandler: null as Handler | null,
    devicePermissionHandler: null as Handler | null,
    headersReceived: null as { filter: { urls: string[] }; listener: Handler } | null,
    beforeRequest: null as { filter: { urls: string[] }; listener: Handler } | null,
    setPermissionRequestHandler: vi.fn((h: Handler) => {
      session.permissionRequestHandler = h;
    }),
    setPermissionCheckHandler: vi.fn((h: Handler) => {
      session.permissionCheckHandler = h;
    }),
    setDevicePermissionHandler: vi.fn((h: Handler) => {
      session.devicePermissionHandler = h;
    }),
    webRequest: {
      onHeadersReceived: vi.fn((filter: { urls: string[] }, listener: Handler) => {
        session.headersReceived = { filter, listener };
      }),
      onBeforeRequest: vi.fn((filter: { urls: string[] }, listener: Handler) => {
        session.beforeRequest = { filter, listener };
      }),
    },
  };

  const ipcHandlers = new Map<string, Handler>();
  const protocolHandlers = new Map<string, Handler>();
  const exposed = new Map<string, unknown>();

  const app = Object.assign(new Emitter(), {
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    exit: vi.fn(),
    getPath: vi.fn((name: string) => `/tmp/lobby311-electron-fake/${name}`),
    isPackaged: false,
  });

  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession: session },
    ipcMain: {
      handle: vi.fn((channel: string, handler: Handler) => {
        if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
        ipcHandlers.set(channel, handler);
      }),
      removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
    },
    ipcRenderer: { invoke: vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => undefined) },
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, api: unknown) => {
        exposed.set(key, api);
      }),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, handler: Handler) => {
        protocolHandlers.set(scheme, handler);
      }),
    },
  };

  return {
    module,
    FakeBrowserWindow,
    FakeWebContents,
    session,
    ipcHandlers,
    protocolHandlers,
    exposed,
    /** Forgets every window, handler and recorded call (call in beforeEach). */
    reset(): void {
      FakeBrowserWindow.instances.length = 0;
      ipcHandlers.clear();
      protocolHandlers.clear();
      exposed.clear();
      session.permissionRequestHandler = null;
      session.permissionCheckHandler = null;
      session.devicePermissionHandler = null;
      session.headersReceived = null;
      session.beforeRequest = null;
      app.removeAllListeners();
      vi.clearAllMocks();
    },
  };
}

/** Built once per test file; the factory below only runs when a module first imports `electron`. */
export const electronFake = createElectronFake();

vi.mock('electron', () => ({ ...electronFake.module, default: electronFake.module }));

/** A fresh Electron-style event for `will-navigate` and friends. */
export function fakeEvent(url?: string): FakeEvent {
  const event: FakeEvent = {
    url,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export type FakeWebContents = InstanceType<typeof electronFake.FakeWebContents>;
export type FakeBrowserWindow = InstanceType<typeof electronFake.FakeBrowserWindow>;
