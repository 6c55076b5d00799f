// What the kiosk agent's status means for visitors: taken out of service by facilities, a printer that cannot
// print, and where to send visitors instead; plus the timings of the screens that depend on it.
import type { KioskStatus, SubmitRequestResult, TakeTicketResult } from '../contracts/kioskApi.js';

/** How often the welcome and closed-by-staff screens ask the agent for its status. */
export const STATUS_REFRESH_MS = 15_000;

/** How long a scanned ticket's status stays on screen without a tap on Done. */
export const SCAN_SHOWN_MS = 15_000;

/** A ticket that did not print stays up this many times longer: the visitor has to remember the number. */
export const UNPRINTED_TICKET_FACTOR = 2;

/** True when facilities took this kiosk out of service (the status says so). */
export function isClosedByStaff(status: KioskStatus | null): boolean {
  return status?.outOfService != null;
}

/**
 * True when the kiosk has a printer that cannot print now. No printer configured (`none`) is not a fault: that
 * kiosk never prints, and its ticket screen already says to remember the number.
 */
export function printerCannotPrint(status: KioskStatus | null): boolean {
  if (status === null) return false;
  const health = status.printerHealth;
  if (health !== null) return health.state !== 'none' && !health.canPrint;
  return status.printer === 'error';
}

/** True when the visitor has no paper ticket or receipt (printing failed or there is no printer). */
export function isUnprinted(result: TakeTicketResult | SubmitRequestResult | null): boolean {
  return result !== null && !result.print.ok;
}
