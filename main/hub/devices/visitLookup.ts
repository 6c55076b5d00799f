// A ticket's public status as JSON (the status page's twin) and a desk's "find this visit" by scan or number.
import {
  IssueTicketResult,
  type SiteConfig,
  type Ticket,
  type TicketStatusView,
} from '../../../machines/contracts/index.js';
import { QueueError } from '../queue/queueError.js';
import type { QueueService, VisitorStatus } from '../queue/queueServiceApi.js';
import type { TicketLookups } from './ticketLookups.js';

const statusToken = IssueTicketResult.shape.statusToken;
const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ticketNumberShape = /^[A-Z]{1,2}\d{1,4}$/;

export const unknownStatusMessage =
  'There is no ticket with that status link: check the link on the ticket, or ask at the front desk.';
const notFoundToday =
  'No ticket today matches that number or code: check the number on the ticket, or scan it again.';

export function ticketStatusView(config: SiteConfig, status: VisitorStatus): TicketStatusView {
  const { ticket } = status;
  const counter = config.counters.find((c) => c.id === ticket.counterId);
  return {
    number: ticket.number,
    serviceId: ticket.serviceId,
    status: ticket.status,
    peopleAhead: status.peopleAhead,
    estimatedWait: status.estimatedWait,
    counterName: counter?.name ?? null,
  };
}

/** The status of the ticket behind `token`; unknown and malformed tokens get the same not-found. */
export function ticketStatusOf(queue: QueueService, config: SiteConfig, token: string): TicketStatusView {
  const valid = statusToken.safeParse(token);
  const status = valid.success ? queue.visitorStatus(valid.data) : undefined;
  if (!status) throw new QueueError('not-found', unknownStatusMessage);
  return ticketStatusView(config, status);
}

/** The status token in a scanned status URL (any host: the last segment after `/status/`), or the text itself. */
export function tokenFromScan(q: string): string {
  const at = q.lastIndexOf('/status/');
  if (at < 0) return q;
  const segment = q.slice(at + '/status/'.length).split(/[/?#]/)[0] ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Today's ticket for a scanned status URL or token, or a typed ticket number; never by ticket id. */
export function findVisitToday(queue: QueueService, tickets: TicketLookups, q: string): { ticket: Ticket } {
  const today = queue.serviceDay();
  const typed = q.trim();
  const number = typed.toUpperCase();
  const token =
    !typed.includes('/') && ticketNumberShape.test(number)
      ? tickets.statusTokenOf(today, number)
      : tokenFromScan(typed);
  const valid = token === undefined || uuidShape.test(token) ? undefined : statusToken.safeParse(token);
  const status = valid?.success ? queue.visitorStatus(valid.data) : undefined;
  if (!status || status.ticket.serviceDay !== today) throw new QueueError('not-found', notFoundToday);
  return { ticket: status.ticket };
}
