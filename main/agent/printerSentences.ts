// Plain sentences about the printer for facilities: why a job did not print, and how it is after a fault is cleared.
import type { PrinterHealth, PrintOutcome } from '../../machines/contracts/index.js';

type Failed = Extract<PrintOutcome, { ok: false }>;

const problems: Readonly<Record<PrinterHealth['state'], string>> = {
  ready: 'The printer did not finish the job',
  paperLow: 'The printer did not finish the job',
  paperOut: 'The printer is out of paper',
  coverOpen: 'The printer cover is open',
  cutterError: 'The printer cutter is jammed',
  offline: 'The printer cannot be reached or is offline',
  recovering: 'The printer is still recovering from a fault',
  none: 'This kiosk has no printer',
};

/** Why a job did not print, from the outcome and the watched health (null: the printer is not watched). */
export function whyNotPrinted(outcome: Failed, health: PrinterHealth | null): string {
  if (outcome.reason === 'no-printer') return problems.none;
  return health ? problems[health.state] : 'The printer reported an error';
}

const afterClearing: Readonly<Record<PrinterHealth['state'], string>> = {
  ready: 'Printer ready',
  paperLow: 'Printer ready (paper low)',
  paperOut: 'Still out of paper',
  coverOpen: 'Cover still open',
  cutterError: 'Cutter still jammed',
  offline: 'Still offline or unreachable',
  recovering: 'Still recovering: check again in a moment',
  none: 'This kiosk has no printer',
};

/** The printer's state after staff cleared a fault, as one short sentence. */
export function stateAfterClearing(health: PrinterHealth): string {
  return afterClearing[health.state];
}
