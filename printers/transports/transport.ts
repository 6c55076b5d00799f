// The byte pipe every printer connection implements (tcp, serial, usb, file), and its error type.

export interface PrinterTransport {
  write(bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
  /** Real-time status query: send DLE EOT n, resolve the one reply byte, or reject on timeout. */
  query?(n: 1 | 2 | 3 | 4, timeoutMs: number): Promise<number>;
}

/** A transport failure; the message says what went wrong in words a technician understands. */
export class TransportError extends Error {
  override name = 'TransportError';
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** The DLE EOT n bytes of a real-time status request. */
export function statusRequest(n: 1 | 2 | 3 | 4): Uint8Array {
  return Uint8Array.of(0x10, 0x04, n);
}

/** Error code of a Node system error, if any. */
export function errorCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}
