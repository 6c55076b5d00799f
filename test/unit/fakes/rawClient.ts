// A raw TCP client for the virtual printer tests: connect, send bytes, ask DLE EOT n.
import { Socket } from 'node:net';
import type { VirtualPrinter } from '../../fakes/virtualPrinter.js';

export async function connect(vp: VirtualPrinter): Promise<Socket> {
  const socket = new Socket();
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.connect(vp.port, '127.0.0.1', () => {
      socket.off('error', reject);
      resolve();
    });
  });
  return socket;
}

/** Sends DLE EOT n and resolves the printer's one-byte reply. */
export function ask(socket: Socket, n: 1 | 2 | 3 | 4): Promise<number> {
  return new Promise((resolve) => {
    socket.once('data', (data: Buffer) => resolve(data[0]!));
    socket.write(Uint8Array.of(0x10, 0x04, n));
  });
}

/** Connects, asks DLE EOT n, disconnects. */
export async function askOnce(vp: VirtualPrinter, n: 1 | 2 | 3 | 4): Promise<number> {
  const socket = await connect(vp);
  try {
    return await ask(socket, n);
  } finally {
    socket.destroy();
  }
}
