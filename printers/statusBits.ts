// Decodes the one-byte replies to the ESC/POS real-time status query DLE EOT n (n = 1..4), Epson bit layout.

export class StatusByteError extends Error {
  override name = 'StatusByteError';
}

/** n = 1: printer status. */
export interface PrinterStatusFlags {
  kind: 'printer';
  drawerPin3High: boolean;
  offline: boolean;
  waitingForOnlineRecovery: boolean;
  feedButtonPressed: boolean;
}
/** n = 2: why the printer is offline. */
export interface OfflineCauseFlags {
  kind: 'offline-cause';
  coverOpen: boolean;
  feedingByButton: boolean;
  stoppedByPaperEnd: boolean;
  errorOccurred: boolean;
}
/** n = 3: which error occurred. */
export interface ErrorCauseFlags {
  kind: 'error-cause';
  cutterError: boolean;
  unrecoverableError: boolean;
  autoRecoverableError: boolean;
}
/** n = 4: roll paper sensors. */
export interface PaperFlags {
  kind: 'paper';
  nearEnd: boolean;
  end: boolean;
}
export type StatusFlags = PrinterStatusFlags | OfflineCauseFlags | ErrorCauseFlags | PaperFlags;

/** Raw reply bytes to DLE EOT n, keyed by n; a status check need not ask all four. */
export type StatusReplies = Partial<Record<1 | 2 | 3 | 4, number>>;

const bit = (byte: number, b: number): boolean => ((byte >> b) & 1) === 1;

/** True when the fixed bits are right: bits 1 and 4 set, bits 0 and 7 clear. */
export function isValidStatusByte(byte: number): boolean {
  return Number.isInteger(byte) && byte >= 0 && byte <= 0xff && (byte & 0x93) === 0x12;
}

export function decodeStatus(n: 1, byte: number): PrinterStatusFlags;
export function decodeStatus(n: 2, byte: number): OfflineCauseFlags;
export function decodeStatus(n: 3, byte: number): ErrorCauseFlags;
export function decodeStatus(n: 4, byte: number): PaperFlags;
export function decodeStatus(n: 1 | 2 | 3 | 4, byte: number): StatusFlags;
export function decodeStatus(n: 1 | 2 | 3 | 4, byte: number): StatusFlags {
  if (!isValidStatusByte(byte)) {
    const hex = Number.isInteger(byte) ? `0x${byte.toString(16).padStart(2, '0')}` : String(byte);
    throw new StatusByteError(
      `Not a DLE EOT ${n} status reply: ${hex} (bits 1 and 4 must be 1, 0 and 7 must be 0)`,
    );
  }
  switch (n) {
    case 1:
      return {
        kind: 'printer',
        drawerPin3High: bit(byte, 2),
        offline: bit(byte, 3),
        waitingForOnlineRecovery: bit(byte, 5),
        feedButtonPressed: bit(byte, 6),
      };
    case 2:
      return {
        kind: 'offline-cause',
        coverOpen: bit(byte, 2),
        feedingByButton: bit(byte, 3),
        stoppedByPaperEnd: bit(byte, 5),
        errorOccurred: bit(byte, 6),
      };
    case 3:
      return {
        kind: 'error-cause',
        cutterError: bit(byte, 3),
        unrecoverableError: bit(byte, 5),
        autoRecoverableError: bit(byte, 6),
      };
    case 4:
      // Each sensor reports on two bits; either one set means the condition holds.
      return { kind: 'paper', nearEnd: bit(byte, 2) || bit(byte, 3), end: bit(byte, 5) || bit(byte, 6) };
  }
}

/** Short, human-readable reasons a printer cannot print, from the replies gathered (empty = can print). */
export function problemsFrom(flags: readonly StatusFlags[]): string[] {
  const problems: string[] = [];
  for (const f of flags) {
    if (f.kind === 'paper' && f.end) problems.push('paper out');
    if (f.kind === 'offline-cause') {
      if (f.coverOpen) problems.push('cover open');
      if (f.stoppedByPaperEnd && !problems.includes('paper out')) problems.push('paper out');
      if (f.errorOccurred) problems.push('printer error');
    }
    if (f.kind === 'error-cause') {
      if (f.cutterError) problems.push('cutter error');
      if (f.unrecoverableError) problems.push('unrecoverable error');
      if (f.autoRecoverableError) problems.push('recoverable error');
    }
  }
  const printer = flags.find((f): f is PrinterStatusFlags => f.kind === 'printer');
  if (printer?.offline && problems.length === 0) problems.push('offline');
  return [...new Set(problems)];
}
