// The desk session's context and input, and how it reads the stream: is the counter this user's, and may the
// stream's latest word replace what this desk knows.
import type { CounterState, NextExplanation } from '../contracts/floor.js';
import type { Ticket } from '../contracts/ticket.js';
import type { DeskRules } from './deskChecks.js';
import type { DeskCommand, DeskNotice } from './deskCommand.js';
import type { DeskError } from './deskErrors.js';

/** The stream's latest word on this counter. */
export interface Seen {
  seq: number;
  counter: CounterState | null;
  ticket: Ticket | null;
}

export interface DeskContext {
  counterId: string | null;
  userId: string;
  rules: DeskRules;
  /** This counter's session (from the stream, or a counter command's answer). */
  counter: CounterState | null;
  /** The visitor called to or served at this counter. */
  ticket: Ticket | null;
  seen: Seen | null;
  /** The stream is trusted again from this seq (after this desk's own command). */
  trustFrom: number;
  /** The command in flight. */
  command: DeskCommand | null;
  /** The last command whose outcome is unknown (the hub did not answer): a retry reuses its request id. */
  unsettled: DeskCommand | null;
  /** Why Call next picked the visitor it called. */
  explanation: NextExplanation | null;
  /** Visitors parked here when sign-out was pressed (their visits end too). */
  parkedAtSignOut: number;
  error: DeskError | null;
  notice: DeskNotice | null;
  /** The staff stream dropped and has not yet sent a fresh snapshot: hub commands are paused, never queued. */
  streamLost: boolean;
  newRequestId: () => string;
}

export interface DeskInput {
  /** A remembered counter (already checked against the site config), or null to ask. */
  counterId: string | null;
  /** The signed-in staff member. */
  userId: string;
  rules: DeskRules;
  /** Makes a fresh UUID for each Call next / Call / Walk-in press (injected: machines read no randomness). */
  newRequestId: () => string;
}

/** The counter is signed in (open or on a break) by this desk's user. */
export const mine = (context: DeskContext): boolean =>
  context.counter !== null &&
  context.counter.status !== 'closed' &&
  context.counter.staffUserId === context.userId;

/** The stream's counter and visitor, once it has caught up with this desk's own last command. */
export const adopt = (context: DeskContext): Partial<DeskContext> =>
  context.seen !== null && context.seen.seq >= context.trustFrom
    ? { counter: context.seen.counter, ticket: context.seen.ticket }
    : {};
