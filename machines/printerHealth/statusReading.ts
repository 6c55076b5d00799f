// Turns DLE EOT 1-4 replies (or a failed poll) into one printer condition and a stable fault code.
import {
  decodeStatus,
  StatusByteError,
  type StatusFlags,
  type StatusReplies,
} from '../../printers/statusBits.js';

export type { StatusReplies } from '../../printers/statusBits.js';

/** What one status poll (or a failed job) found out. */
export type StatusReading =
  | { kind: 'status'; flags: readonly StatusFlags[] }
  /** No connection, or no reply in time. */
  | { kind: 'unreachable'; reason: string }
  /** A reply came, but not a valid DLE EOT status byte (wrong device, wrong baud rate, line noise). */
  | { kind: 'invalid'; reason: string };

/** The health state a reading leads to ('ok' = ready). */
export type PrinterCondition = 'ok' | 'paperLow' | 'paperOut' | 'coverOpen' | 'cutterError' | 'offline';

/** Stable codes for what is wrong, for the hub and /maintenance (null = nothing). */
export type PrinterFault =
  | 'paper-low'
  | 'paper-out'
  | 'cover-open'
  | 'cutter-error'
  | 'printer-error'
  | 'printer-offline'
  | 'unreachable'
  | 'invalid-status'
  | 'job-failed';

export interface Assessment {
  condition: PrinterCondition;
  fault: PrinterFault | null;
}

/** Decodes raw replies; any invalid byte (or no reply at all) makes the whole reading invalid. */
export function readingFromReplies(replies: StatusReplies): StatusReading {
  const entries = ([1, 2, 3, 4] as const).filter((n) => replies[n] !== undefined);
  if (entries.length === 0) return { kind: 'invalid', reason: 'no status replies' };
  try {
    return { kind: 'status', flags: entries.map((n) => decodeStatus(n, replies[n]!)) };
  } catch (error) {
    if (error instanceof StatusByteError) return { kind: 'invalid', reason: error.message };
    throw error;
  }
}

function assessFlags(flags: readonly StatusFlags[]): Assessment {
  const of = <K extends StatusFlags['kind']>(kind: K) =>
    flags.find((f): f is Extract<StatusFlags, { kind: K }> => f.kind === kind);
  const printer = of('printer');
  const cause = of('offline-cause');
  const error = of('error-cause');
  const paper = of('paper');
  if (cause?.coverOpen) return { condition: 'coverOpen', fault: 'cover-open' };
  if (paper?.end || cause?.stoppedByPaperEnd) return { condition: 'paperOut', fault: 'paper-out' };
  if (error?.cutterError) return { condition: 'cutterError', fault: 'cutter-error' };
  if (cause?.errorOccurred || error?.unrecoverableError || error?.autoRecoverableError)
    return { condition: 'offline', fault: 'printer-error' };
  if (printer?.offline) return { condition: 'offline', fault: 'printer-offline' };
  if (paper?.nearEnd) return { condition: 'paperLow', fault: 'paper-low' };
  return { condition: 'ok', fault: null };
}

/** The condition a reading shows; the most urgent problem wins (cover, paper, cutter, other errors, low paper). */
export function assessReading(reading: StatusReading): Assessment {
  switch (reading.kind) {
    case 'unreachable':
      return { condition: 'offline', fault: 'unreachable' };
    case 'invalid':
      return { condition: 'offline', fault: 'invalid-status' };
    case 'status':
      return assessFlags(reading.flags);
  }
}

/** After a failed job: what the printer reports, or 'job-failed' when it reports nothing wrong. */
export function assessFailedJob(reading: StatusReading): Assessment {
  const found = assessReading(reading);
  return found.condition === 'ok' || found.condition === 'paperLow'
    ? { condition: 'offline', fault: 'job-failed' }
    : found;
}
