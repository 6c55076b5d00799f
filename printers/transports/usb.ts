// Linux USB printer-class transport: writes each job to the device file (e.g. /dev/usb/lp0).
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { errorCode, type PrinterTransport, TransportError } from './transport.js';

function explain(path: string, error: unknown): TransportError {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENODEV' || code === 'ENXIO') {
    return new TransportError(`printer device ${path} not found (unplugged or switched off?)`, code);
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new TransportError(
      `no permission to write to printer device ${path} (add the user to group lp)`,
      code,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new TransportError(`writing to printer device ${path} failed (${code ?? detail})`, code);
}

export function createUsbTransport(path: string): PrinterTransport {
  return {
    async write(bytes) {
      // No O_CREAT: a missing device must fail, never leave a regular file in its place.
      const handle = await open(path, constants.O_WRONLY | constants.O_APPEND).catch((error: unknown) => {
        throw explain(path, error);
      });
      try {
        await handle.write(bytes);
      } catch (error) {
        throw explain(path, error);
      } finally {
        await handle.close();
      }
    },
    async close() {},
  };
}
