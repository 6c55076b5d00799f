// An agent error crosses the Electron context bridge whole: the preload puts the ApiError (with a service
// request's field problems) in the only part of an error Electron copies, its message, and the page reads it back.
import { describe, expect, it } from 'vitest';
import { decodeKioskError, kioskErrorPrefix } from '../../../machines/contracts/index.js';
import { electronFake } from '../../setup/mockElectron.js';

await import('../../../main/electron/preload.js');
const bridge = electronFake.exposed.get('kiosk') as Record<string, (input: unknown) => Promise<unknown>>;
const invoke = electronFake.module.ipcRenderer.invoke;

describe('agent errors through the preload', () => {
  it('carries the status, code, message and field problems of an invalid request', async () => {
    const error = {
      code: 'invalid-request' as const,
      message: 'Some answers need a change before the request can be sent.',
      problems: [{ field: 'answers.size', problem: 'not-an-option' as const }],
    };
    invoke.mockResolvedValueOnce({ ok: false, status: 400, error });
    const thrown = await bridge.submitRequest?.({}).catch((err: unknown) => err);
    expect(thrown).toBeInstanceOf(Error);
    // Electron re-creates the error in the page from its message alone.
    expect(decodeKioskError(new Error((thrown as Error).message).message)).toEqual({ status: 400, error });
  });

  it('reads nothing from a message that is not an encoded agent error', () => {
    expect(decodeKioskError('The hub cannot be reached right now.')).toBeNull();
    expect(decodeKioskError(`${kioskErrorPrefix}{"status":"x"}`)).toBeNull();
    expect(decodeKioskError(`${kioskErrorPrefix}not json`)).toBeNull();
  });
});
