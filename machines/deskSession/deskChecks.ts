// Turns a desk press into the hub command it stands for, or the reason it cannot be sent (checked at the desk).
import type { SiteConfig } from '../contracts/site.js';
import type { Ticket } from '../contracts/ticket.js';
import type { DeskCommand } from './deskCommand.js';
import { type DeskError, localError } from './deskErrors.js';
import type { DeskEvent } from './deskEvents.js';

/** The site rules the desk checks before sending: outcomes with their kinds, and the bureaus. */
export type DeskRules = Pick<SiteConfig, 'outcomes' | 'bureaus'>;

export type Draft = { ok: true; command: DeskCommand } | { ok: false; error: DeskError };

const ok = (command: DeskCommand): Draft => ({ ok: true, command });
const refuse = (error: DeskError): Draft => ({ ok: false, error });

function completeDraft(rules: DeskRules, ticket: Ticket, outcomeId: string, rawDetail: string): Draft {
  const outcome = rules.outcomes.find((o) => o.id === outcomeId);
  if (!outcome) return refuse(localError('outcome-required'));
  const detail = rawDetail.trim();
  const base = { kind: 'complete', ticketId: ticket.id, outcomeId } as const;
  if (outcome.kind === 'referred') {
    if (!rules.bureaus.some((b) => b.id === detail)) return refuse(localError('bureau-required'));
    return ok({ ...base, detail });
  }
  if (outcome.kind === 'case-created') {
    if (detail.length < 1 || detail.length > 80) return refuse(localError('case-required'));
    return ok({ ...base, detail });
  }
  return ok(base);
}

/**
 * The command for `event` with the visitor `ticket` at the counter; request ids are left empty (the machine
 * fills them, reusing the id of an unsettled retry). Null: the event is not a command.
 */
export function draftCommand(event: DeskEvent, ticket: Ticket | null, rules: DeskRules): Draft | null {
  const on = (make: (t: Ticket) => Draft): Draft => (ticket ? make(ticket) : refuse(localError('failed')));
  switch (event.type) {
    case 'counter.chosen':
    case 'counter.signIn':
      return ok({ kind: 'signIn' });
    case 'signOut.confirm':
    case 'counter.signOut':
      return ok({ kind: 'signOut' });
    case 'counter.break':
      return ok({ kind: 'startBreak', reason: event.reason });
    case 'counter.back':
      return ok({ kind: 'endBreak' });
    case 'call.next':
      return ok({ kind: 'callNext', requestId: '' });
    case 'call.ticket':
      return ok({ kind: 'callTicket', ticketId: event.ticketId, requestId: '' });
    case 'ticket.resume':
      return ok({ kind: 'resume', ticketId: event.ticketId });
    case 'walkIn':
      return ok({ kind: 'walkIn', requestId: '', visit: event.visit });
    case 'ticket.note': {
      const text = event.text.trim();
      if (text.length < 1 || text.length > 500) return refuse(localError('note-required'));
      return ok({ kind: 'note', ticketId: event.ticketId, text });
    }
    case 'ticket.recall':
      return on((t) => ok({ kind: 'recall', ticketId: t.id }));
    case 'ticket.arrive':
      return on((t) => ok({ kind: 'arrive', ticketId: t.id }));
    case 'ticket.park':
      return on((t) => ok({ kind: 'park', ticketId: t.id }));
    case 'ticket.noShow':
      return on((t) => ok({ kind: 'noShow', ticketId: t.id }));
    case 'ticket.left':
      return on((t) => ok({ kind: 'left', ticketId: t.id }));
    case 'ticket.recycle':
      return on((t) => ok({ kind: 'recycle', ticketId: t.id, placement: event.placement }));
    case 'ticket.transfer':
      return on((t) => {
        if (!event.serviceId && !event.counterId) return refuse(localError('transfer-target-required'));
        return ok({
          kind: 'transfer',
          ticketId: t.id,
          placement: event.placement,
          ...(event.serviceId ? { serviceId: event.serviceId } : {}),
          ...(event.counterId ? { targetCounterId: event.counterId } : {}),
        });
      });
    case 'ticket.complete':
      return on((t) => completeDraft(rules, t, event.outcomeId, event.detail));
    default:
      return null;
  }
}
