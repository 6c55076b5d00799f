// The preload exposes `window.kiosk` with exactly the contract's methods, each one IPC invoke, and nothing more.
import { describe, expect, it } from 'vitest';
import { kioskChannel, kioskMethods } from '../../../machines/contracts/index.js';
import { electronFake } from '../../setup/mockElectron.js';

await import('../../../main/electron/preload.js');
const bridge = electronFake.exposed.get('kiosk') as Record<string, (input: unknown) => Promise<unknown>>;
const invoke = electronFake.module.ipcRenderer.invoke;

describe('preload', () => {
  it('exposes one object, `kiosk`, in the main world', () => {
    expect(electronFake.module.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...electronFake.exposed.keys()]).toEqual(['kiosk']);
  });

  it('gives the page exactly the kiosk methods, all functions', () => {
    expect(Object.keys(bridge).sort()).toEqual([...kioskMethods].sort());
    for (const method of kioskMethods) expect(typeof bridge[method]).toBe('function');
  });

  it('never hands the page ipcRenderer or its invoke', () => {
    const values = Object.values(bridge);
    expect(values).not.toContain(electronFake.module.ipcRenderer);
    expect(values).not.toContain(invoke);
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('sends each call on its own channel and returns the value', async () => {
    invoke.mockResolvedValueOnce({ ok: true, value: { hub: 'online', printer: 'ready' } });
    await expect(bridge.getStatus?.({})).resolves.toEqual({ hub: 'online', printer: 'ready' });
    expect(invoke).toHaveBeenLastCalledWith(kioskChannel('getStatus'), {});
  });

  it('throws the agent error message when the call fails', async () => {
    invoke.mockResolvedValueOnce({
      ok: false,
      status: 503,
      error: { code: 'unavailable', message: 'The hub cannot be reached right now.' },
    });
    await expect(bridge.getSetup?.({})).rejects.toThrow('The hub cannot be reached right now.');
  });
});
