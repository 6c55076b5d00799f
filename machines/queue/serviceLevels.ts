// Service-level figures from the event log: waits, walks, service times, no-shows, first-contact resolution.
//
// How each figure is counted (for supervisors reading /maintenance or the CSV export):
//
// - Rows count transactions: a visit moved to a second service counts once in each service. The `total`
//   row counts each visit once. Rows group by the transaction's service, by the site-local hour (site time
//   zone, whatever the hub's clock) at which the transaction started (issue, or transfer into it), or by the
//   visitor's language. On the autumn clock change the two 01:00–02:00 hours share the row for hour 1; on
//   the spring change there is no row for hour 2.
// - visitors: transactions started (total: visits). called: transactions called at least once (total:
//   visits whose first transaction was called; a walk-in served at once is a visitor but not called).
// - wait: from the start of the transaction to the last call before service began (before arrival,
//   completion or no-show); later calls (after a transfer to a counter or a recycle after service) do not
//   add to it. P50 and P90 by nearest rank over called transactions. Total: each visit's first transaction.
// - walk: that last call → arrival at the counter; mean over transactions that arrived after a call.
// - service time: arrival (or the start of a walk-in's service, or a resume) → completion, transfer to
//   another service or the counter's sign-out, leaving out parked periods and any time back in the queue;
//   mean over transactions whose service ended that way (visits still being served, or recorded as left or
//   removed while served, are not counted). Total: the visit's service time summed over its transactions.
// - called within target: called within policy.serviceLevelMinutes (inclusive), divided by the called
//   transactions plus the never-called transactions that ended (left, cancelled, removed at day end) after
//   waiting longer than the target. Never-called ones that ended sooner are left out: we cannot know
//   whether they would have been called in time. Visitors still waiting are left out too.
// - no-show rate: no-shows / called (total: visits called in any transaction).
// - left before service, by stage: staff recorded that the visitor left, and a visitor who cancelled from
//   the status page counts as having left at the stage they cancelled at (waiting or called). Removed at
//   day end and ended by sign-out are not "left".
// - first-contact resolution: completed visits with exactly one transaction whose outcome is marked
//   firstContact, divided by all completed visits (any number of transactions). In a group row the visit
//   counts in the group of its last transaction.
// - counters (every configured counter, over the query's days; periods still open end now): signed-in and
//   break minutes from the sign-in, break and sign-out records; serving = holding a called, serving or
//   parked visitor; idle while waiting = open, holding nobody, while at least one visitor waited in a queue
//   the counter serves (its work profile; an empty profile serves every queue; visitors cooling down or
//   transferred to another counter still count as waiting).
// - Minutes are rounded to one decimal, rates (0–1) to 4 decimals; null when there is nothing to divide by.
import type {
  FloorEvent,
  ServiceLevelQuery,
  ServiceLevelReport,
  ServiceLevelRow,
  SiteConfig,
  Ticket,
  VisitEvent,
} from '../contracts/index.js';
import { addDays, instantOfLocal, type LocalDate, localDateTimeOf } from '../time/localClock.js';
import { counterFigures } from './serviceLevelCounters.js';
import { type Measured, type RowKey, rowOf, type VisitResolution } from './serviceLevelRows.js';
import { replayVisit, type StatusPeriod, type TransactionFacts } from './serviceLevelTimeline.js';

export { serviceLevelsCsv } from './serviceLevelCsv.js';

/** One visit: its ticket as it stands now, and its whole event log, oldest first. */
export interface VisitLog {
  ticket: Ticket;
  events: readonly VisitEvent[];
}

export interface ServiceLevelInput {
  config: SiteConfig;
  query: Required<ServiceLevelQuery>;
  /** Every visit whose service day is within the query's range. */
  visits: readonly VisitLog[];
  /** Every floor event (counter sessions, queue switches) in those days, oldest first. */
  floor: readonly FloorEvent[];
  /** Open periods (a counter still signed in) end here. */
  now: Date;
}

interface Group {
  key: RowKey;
  units: Measured[];
  visits: VisitResolution[];
}

function localDate(day: string): LocalDate {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return { year, month, day: date };
}

function measuredTransaction(tx: TransactionFacts): Measured {
  return { ...tx, calledForNoShow: tx.called };
}

function measuredVisit(transactions: readonly TransactionFacts[]): Measured {
  const first = transactions[0]!;
  const served = transactions.filter((t) => t.serviceMs !== null);
  return {
    called: first.called,
    calledForNoShow: transactions.some((t) => t.called),
    waitMs: first.waitMs,
    walkMs: first.walkMs,
    serviceMs: served.length === 0 ? null : served.reduce((sum, t) => sum + t.serviceMs!, 0),
    noShow: transactions.some((t) => t.noShow),
    leftStage: transactions.find((t) => t.leftStage !== null)?.leftStage ?? null,
    endedUncalledAfterMs: first.endedUncalledAfterMs,
  };
}

interface Groups {
  /** The group of a transaction (service, start instant, visitor's language), added when new. */
  of(serviceId: string, startedAt: number, language: string): Group;
  all(): Group[];
}

/** The report's groups: every configured service or language from the start (rows even when empty). */
function groupsFor(input: ServiceLevelInput): Groups {
  const { config, query } = input;
  const groups = new Map<string, Group>();
  const keyOf = (serviceId: string, startedAt: number, language: string): RowKey => {
    if (query.by === 'service') return { serviceId, hour: null, language: null };
    if (query.by === 'language') return { serviceId: null, hour: null, language };
    const hour = localDateTimeOf(new Date(startedAt), config.site.timeZone).hour;
    return { serviceId: null, hour, language: null };
  };
  const find = (key: RowKey): Group => {
    const id = `${key.serviceId}|${key.hour}|${key.language}`;
    let group = groups.get(id);
    if (!group) {
      group = { key, units: [], visits: [] };
      groups.set(id, group);
    }
    return group;
  };
  if (query.by === 'service') for (const s of config.services) find(keyOf(s.id, 0, ''));
  if (query.by === 'language') for (const l of config.languages) find(keyOf('', 0, l));
  return {
    of: (serviceId, startedAt, language) => find(keyOf(serviceId, startedAt, language)),
    all: () => [...groups.values()],
  };
}

function orderRows(rows: ServiceLevelRow[], input: ServiceLevelInput): ServiceLevelRow[] {
  const services = input.config.services.map((s) => s.id);
  const languages = input.config.languages;
  const position = (list: readonly string[], id: string | null) => {
    const at = list.indexOf(id ?? '');
    return at === -1 ? list.length : at;
  };
  return rows.sort(
    (a, b) =>
      (a.hour ?? 0) - (b.hour ?? 0) ||
      position(services, a.serviceId) - position(services, b.serviceId) ||
      position(languages, a.language) - position(languages, b.language) ||
      (a.serviceId ?? a.language ?? '').localeCompare(b.serviceId ?? b.language ?? ''),
  );
}

export function computeServiceLevels(input: ServiceLevelInput): ServiceLevelReport {
  const { config, query } = input;
  const timeZone = config.site.timeZone;
  const targetMs = config.policy.serviceLevelMinutes * 60_000;
  const firstContact = new Set(config.outcomes.filter((o) => o.firstContact).map((o) => o.id));
  const groups = groupsFor(input);
  const totalUnits: Measured[] = [];
  const totalVisits: VisitResolution[] = [];
  const periods: StatusPeriod[] = [];

  for (const { ticket, events } of input.visits) {
    if (ticket.serviceDay < query.from || ticket.serviceDay > query.to || events.length === 0) continue;
    const ordered = [...events].sort((a, b) => a.seq - b.seq);
    const first = ticket.transactions[0] ?? ticket;
    const facts = replayVisit({ serviceId: first.serviceId, queueId: first.queueId }, ordered);
    periods.push(...facts.periods);
    for (const tx of facts.transactions) {
      groups.of(tx.serviceId, tx.startedAt, ticket.language).units.push(measuredTransaction(tx));
    }
    const completed = facts.status === 'completed';
    const only = facts.transactions.length === 1 ? facts.transactions[0]! : null;
    const resolution: VisitResolution = {
      completed,
      resolvedAtFirstContact: completed && only !== null && firstContact.has(only.outcomeId ?? ''),
    };
    const last = facts.transactions.at(-1)!;
    groups.of(last.serviceId, last.startedAt, ticket.language).visits.push(resolution);
    totalUnits.push(measuredVisit(facts.transactions));
    totalVisits.push(resolution);
  }

  const rangeStart = instantOfLocal(localDate(query.from), '00:00', timeZone).getTime();
  const rangeEnd = Math.min(
    input.now.getTime(),
    instantOfLocal(addDays(localDate(query.to), 1), '00:00', timeZone).getTime(),
  );
  const rows = groups.all().map((group) => rowOf(group.key, group.units, group.visits, targetMs));
  return {
    from: query.from,
    to: query.to,
    by: query.by,
    targetMinutes: config.policy.serviceLevelMinutes,
    total: rowOf({ serviceId: null, hour: null, language: null }, totalUnits, totalVisits, targetMs),
    rows: orderRows(rows, input),
    counters: counterFigures(config, input.floor, periods, rangeStart, Math.max(rangeStart, rangeEnd)),
  };
}
