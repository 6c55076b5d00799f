// Reads socket data at a limited byte rate, like a printer on a slow link: pauses the socket and feeds the
// receiver small slices on a timer, in arrival order per socket; at full speed data passes straight through.
import type { Socket } from 'node:net';

/** Slices are handed over this often while throttled. */
const tickMs = 20;

export interface Throttle {
  data(socket: Socket, chunk: Uint8Array): void;
  set(bytesPerSecond: number | null): void;
  /** Runs `then` once everything received from `socket` has been read (at once when nothing is queued). */
  afterDrain(socket: Socket, then: () => void): void;
  stop(): void;
}

export function createThrottle(receive: (socket: Socket, chunk: Uint8Array) => void): Throttle {
  let rate: number | null = null;
  const queues = new Map<Socket, Uint8Array[]>();
  const drained = new Map<Socket, () => void>();
  let timer: NodeJS.Timeout | undefined;

  function pump(): void {
    timer = undefined;
    const budget = Math.max(1, Math.floor(((rate ?? Number.POSITIVE_INFINITY) * tickMs) / 1000));
    for (const [socket, queue] of queues) {
      let left = budget;
      while (left > 0 && queue.length > 0) {
        const head = queue[0]!;
        const slice = head.subarray(0, left);
        if (slice.length === head.length) queue.shift();
        else queue[0] = head.subarray(slice.length);
        left -= slice.length;
        receive(socket, slice);
      }
      if (queue.length === 0) {
        queues.delete(socket);
        if (!socket.destroyed) socket.resume();
        drained.get(socket)?.();
        drained.delete(socket);
      }
    }
    if (queues.size > 0) timer = setTimeout(pump, tickMs);
  }

  return {
    data(socket, chunk) {
      if (rate === null && !queues.has(socket)) {
        receive(socket, chunk);
        return;
      }
      socket.pause();
      const queue = queues.get(socket) ?? [];
      queue.push(chunk);
      queues.set(socket, queue);
      timer ??= setTimeout(pump, tickMs);
    },
    set(bytesPerSecond) {
      if (bytesPerSecond !== null && !(bytesPerSecond > 0))
        throw new RangeError('bytes per second must be > 0');
      rate = bytesPerSecond;
    },
    afterDrain(socket, then) {
      if (queues.has(socket)) drained.set(socket, then);
      else then();
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
      queues.clear();
      drained.clear();
    },
  };
}
