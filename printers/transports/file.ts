// File transport: appends each job's bytes to a file (for demos, debugging and replays).
import { appendFile } from 'node:fs/promises';
import { errorCode, type PrinterTransport, TransportError } from './transport.js';

export function createFileTransport(path: string): PrinterTransport {
  return {
    async write(bytes) {
      try {
        await appendFile(path, bytes);
      } catch (error) {
        const code = errorCode(error);
        throw new TransportError(`cannot append to printer file ${path} (${code ?? String(error)})`, code);
      }
    },
    async close() {},
  };
}
