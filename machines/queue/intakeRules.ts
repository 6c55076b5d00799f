// Whether a service takes new visitors now: site/service opening hours, daily cap, staff switch, numbers left.
import type { ClosedReason, ServiceConfig, SiteConfig } from '../contracts/index.js';

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
}

export interface IntakeVerdict {
  open: boolean;
  closedReason: ClosedReason | null;
  /** Next site-local opening as an ISO instant when closed by the clock (and it opens within 7 days). */
  opensAt: string | null;
}

/** Applies, in order: closed by staff, numbers used up, daily cap, opening hours (minus the last-ticket margin). */
export function intakeVerdict(facts: IntakeFacts): IntakeVerdict {
  void facts;
  throw new Error('intakeVerdict: not implemented yet');
}
