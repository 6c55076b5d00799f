// Whether a service takes new visitors now: site/service opening hours, daily cap, staff switch, numbers left,
// and a published notice that stopped its tickets early.
import type { ClosedReason, OpeningHours, ServiceConfig, SiteConfig } from '../contracts/index.js';
import { addDays, instantOfLocal, type LocalDate, localDateTimeOf, weekdayOf } from '../time/localClock.js';

export interface IntakeFacts {
  config: SiteConfig;
  service: ServiceConfig;
  now: Date;
  /** Tickets issued today for this service (transfers in do not count). */
  issuedToday: number;
  /** Numbers its queue has used today (the highest position issued). */
  queuePositionsUsed: number;
  /** A supervisor closed the service's queue for the rest of the day. */
  closedByStaff: boolean;
  /** The showing notice whose closing time for this service has come, if any. */
  closingNoticeId?: string | null;
}

export interface IntakeVerdict {
  open: boolean;
  closedReason: ClosedReason | null;
  /** Next site-local opening as an ISO instant when closed by the clock (and it opens within 7 days). */
  opensAt: string | null;
  /** closing-early: the notice whose text says why. */
  noticeId?: string;
}

const SEARCH_DAYS = 7;
const MINUTE_MS = 60_000;

/** The instants tickets may be issued on `date`: each period from opening to closing minus the margin. */
function ticketWindows(hours: OpeningHours, date: LocalDate, marginMinutes: number, timeZone: string) {
  return (hours[weekdayOf(date)] ?? [])
    .map((period) => ({
      from: instantOfLocal(date, period.opens, timeZone).getTime(),
      until: instantOfLocal(date, period.closes, timeZone).getTime() - marginMinutes * MINUTE_MS,
    }))
    .filter((w) => w.from < w.until);
}

function closed(closedReason: ClosedReason, opensAt: string | null = null): IntakeVerdict {
  return { open: false, closedReason, opensAt };
}

/**
 * Applies, in order: closed by staff, closing early (a notice, whose text tells visitors why), numbers used up,
 * daily cap, opening hours (minus the last-ticket margin).
 */
export function intakeVerdict(facts: IntakeFacts): IntakeVerdict {
  const { config, service, now } = facts;
  if (facts.closedByStaff) return closed('closed-by-staff');
  if (facts.closingNoticeId) return { ...closed('closing-early'), noticeId: facts.closingNoticeId };
  const queue = config.queues.find((q) => q.id === service.queueId);
  if (!queue) throw new Error(`service "${service.id}" uses unknown queue "${service.queueId}"`);
  if (facts.queuePositionsUsed >= queue.lastNumber - queue.firstNumber + 1) return closed('numbers-used-up');
  if (service.dailyCap !== null && facts.issuedToday >= service.dailyCap) return closed('daily-cap');

  const hours = service.openingHours ?? config.intake.openingHours;
  if (hours === null) return { open: true, closedReason: null, opensAt: null };
  const { timeZone } = config.site;
  const margin = config.intake.lastTicketMinutesBeforeClose;
  const nowMs = now.getTime();
  const today = localDateTimeOf(now, timeZone);
  for (let offset = 0; offset <= SEARCH_DAYS; offset += 1) {
    const windows = ticketWindows(hours, addDays(today, offset), margin, timeZone);
    if (offset === 0 && windows.some((w) => w.from <= nowMs && nowMs < w.until)) {
      return { open: true, closedReason: null, opensAt: null };
    }
    const next = windows.filter((w) => w.from > nowMs).sort((a, b) => a.from - b.from)[0];
    if (next) return closed('outside-hours', new Date(next.from).toISOString());
  }
  return closed('outside-hours');
}
