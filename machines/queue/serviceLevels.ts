// Service-level figures from the event log: waits, walks, service times, no-shows, first-contact resolution.
import type {
  FloorEvent,
  ServiceLevelQuery,
  ServiceLevelReport,
  SiteConfig,
  Ticket,
  VisitEvent,
} from '../contracts/index.js';

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

export function computeServiceLevels(input: ServiceLevelInput): ServiceLevelReport {
  void input;
  throw new Error('computeServiceLevels: not implemented yet');
}

/** The report as CSV (RFC 4180, header row, one row per group then the total; cells safe for spreadsheets). */
export function serviceLevelsCsv(report: ServiceLevelReport): string {
  void report;
  throw new Error('serviceLevelsCsv: not implemented yet');
}
