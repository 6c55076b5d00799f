// What a lobby display may learn from a call: ticket number, counter display name, voice language, time.
import type {
  PublicCall,
  SiteConfig,
  TicketEvent,
  TicketEventType,
} from '../../../machines/contracts/index.js';
import { callEventTypes } from './projection.js';

/** The facts a public call is made from, whether read from the store or from a published event. */
export interface CallFacts {
  seq: number;
  type: TicketEventType;
  at: string;
  counterId: string | null;
  ticketNumber: string;
  language: string;
}

/** A call or a recall: the display announces these; every other event reaches it as a bare tick. */
export const isCallEvent = (event: TicketEvent): boolean => callEventTypes.includes(event.type);

export function toPublicCall(config: SiteConfig, facts: CallFacts): PublicCall {
  const counterId = facts.counterId ?? '';
  const counter = config.counters.find((c) => c.id === counterId);
  return {
    callId: facts.seq,
    ticketNumber: facts.ticketNumber,
    counterName: counter?.displayName ?? (counterId.slice(0, 12) || '?'),
    language: facts.language,
    calledAt: facts.at,
    recall: facts.type === 'ticket.recalled',
  };
}

/** The public call of a published call event. */
export const publicCallOf = (config: SiteConfig, event: TicketEvent): PublicCall =>
  toPublicCall(config, {
    seq: event.seq,
    type: event.type,
    at: event.at,
    counterId: event.ticket.counterId,
    ticketNumber: event.ticket.number,
    language: event.ticket.language,
  });
