// Test helper: a real serial line as two linked pseudo-terminals made by socat, and a printer-side reader.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SerialPort } from 'serialport';

export interface PtyPair {
  /** The end the code under test opens. */
  hostPath: string;
  /** The end that plays the printer. */
  printerPath: string;
  stop(): Promise<void>;
}

const socatPath = '/usr/bin/socat';

/** Starts `socat -d -d pty,raw,echo=0 pty,raw,echo=0` and resolves once it is moving data. */
export async function startPtyPair(): Promise<PtyPair> {
  if (!existsSync(socatPath)) {
    throw new Error('socat is not installed (apt-get install socat): the serial tests need a real pty pair');
  }
  const child: ChildProcess = spawn(socatPath, ['-d', '-d', 'pty,raw,echo=0', 'pty,raw,echo=0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const paths = await new Promise<string[]>((resolve, reject) => {
    let log = '';
    child.once('error', (error) => reject(new Error(`could not start socat: ${error.message}`)));
    child.once('exit', (code) => reject(new Error(`socat exited early (code ${code}): ${log}`)));
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const found = [...log.matchAll(/PTY is (\/dev\/\S+)/g)].map((m) => m[1]!);
      if (found.length === 2 && log.includes('starting data transfer loop')) resolve(found);
    });
  });
  child.removeAllListeners('exit');
  return {
    hostPath: paths[0]!,
    printerPath: paths[1]!,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Opens the printer end; `received()` resolves once at least `count` bytes have arrived. */
export async function openPrinterEnd(path: string, onData?: (chunk: Buffer, port: SerialPort) => void) {
  const port = new SerialPort({ path, baudRate: 19200, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((e) => (e ? reject(e) : resolve())));
  let buffer = Buffer.alloc(0);
  const waiters: { count: number; resolve: (b: Buffer) => void }[] = [];
  port.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    onData?.(chunk, port);
    for (const w of waiters.filter((x) => buffer.length >= x.count)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(buffer);
    }
  });
  return {
    port,
    received: (count: number) =>
      buffer.length >= count
        ? Promise.resolve(buffer)
        : new Promise<Buffer>((resolve) => waiters.push({ count, resolve })),
    close: () => new Promise<void>((resolve) => port.close(() => resolve())),
  };
}
