// Who may run the lobby display (a display device, or staff the display stream admits), and the set-up code.
import type { Principal } from '../../../machines/contracts/auth.js';
import { HubUnreachableError } from '../../../machines/contracts/hubClient.js';
import { streamAccess } from '../../../machines/contracts/hubEvents.js';
import { authProblemOf } from '../../bridge/hubBridge.js';

/** True when the hub will open the display stream for this caller (`streamAccess.display`). */
export function mayShowDisplay(principal: Principal): boolean {
  return (streamAccess.display as readonly string[]).includes(principal.role);
}

/**
 * Tidies what was typed into the set-up code field: capitals, no spaces, and the dash put back when someone
 * typed the 8 characters without it ("k7qm 4xpa" → "K7QM-4XPA").
 */
export function normaliseCode(typed: string): string {
  const compact = typed.toUpperCase().replace(/\s+/g, '');
  return /^[A-Z0-9]{8}$/.test(compact) ? `${compact.slice(0, 4)}-${compact.slice(4)}` : compact;
}

export type SetupProblem = 'missing' | 'refused' | 'rate-limited' | 'unreachable';

/** What a refused POST /api/devices/enrol means for whoever stands at the display. */
export function setupProblemOf(error: unknown): SetupProblem {
  if (error instanceof HubUnreachableError) return 'unreachable';
  if (authProblemOf(error) === null && error instanceof Error && 'code' in error) {
    if (error.code === 'rate-limited') return 'rate-limited';
    if (error.code === 'unavailable' || error.code === 'internal') return 'unreachable';
  }
  return 'refused';
}
