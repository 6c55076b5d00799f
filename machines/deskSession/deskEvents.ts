// What the desk screen tells the desk session: staff presses (with their form values) and stream updates.
import type { BreakReason, CounterState } from '../contracts/floor.js';
import type { Placement, Ticket } from '../contracts/ticket.js';
import type { WalkInVisit } from './deskCommand.js';

export type DeskEvent =
  /** Choose a counter and sign in to it. */
  | { type: 'counter.chosen'; counterId: string }
  | { type: 'counter.change' }
  | { type: 'counter.signIn' }
  | { type: 'counter.break'; reason: BreakReason }
  | { type: 'counter.back' }
  /** `parkedCount`: visitors parked at this counter (signing out ends their visits too). */
  | { type: 'counter.signOut'; parkedCount: number }
  | { type: 'signOut.confirm' }
  | { type: 'signOut.cancel' }
  | { type: 'call.next' }
  | { type: 'call.ticket'; ticketId: string }
  | { type: 'ticket.recall' }
  | { type: 'ticket.arrive' }
  | { type: 'ticket.park' }
  | { type: 'ticket.resume'; ticketId: string }
  | { type: 'ticket.transfer'; serviceId: string | null; counterId: string | null; placement: Placement }
  | { type: 'ticket.recycle'; placement: Placement }
  | { type: 'ticket.complete'; outcomeId: string; detail: string }
  | { type: 'ticket.noShow' }
  | { type: 'ticket.left' }
  /** A note on the visitor at the counter or one parked here. */
  | { type: 'ticket.note'; ticketId: string; text: string }
  | { type: 'walkIn'; visit: WalkInVisit }
  /** The staff stream moved on: this counter's session and the visitor it holds, as the stream knows them. */
  | {
      type: 'view.changed';
      counterId: string;
      seq: number;
      counter: CounterState | null;
      ticket: Ticket | null;
    }
  | { type: 'error.dismiss' }
  /** The staff stream dropped: hub commands pause (presses are dropped, not queued). */
  | { type: 'stream.lost' }
  /** The stream is back with a fresh snapshot: presses work again. */
  | { type: 'stream.restored' };
