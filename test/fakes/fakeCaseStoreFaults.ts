// Faults the fake case store can be told to show: persistent ones (setFaults) and one-shot ones (nextFaults, each
// used by the first request it applies to). Each fault applies to a route: by default the submission for
// commit-then-drop and validation-400, every route for the others.

export type FakeRoute = 'services' | 'definition' | 'submit' | 'requests' | 'request' | 'token';

interface OnRoute {
  /** Which requests it hits: one route or 'any'. */
  route?: FakeRoute | 'any';
}

export type FakeFault =
  /** Processes the request (a submission creates its case), then destroys the socket without answering. */
  | ({ kind: 'commit-then-drop' } & OnRoute)
  /** Answers `status` (default 503) with Retry-After when given; `commit: true` creates the case first. */
  | ({ kind: 'status-5xx'; status?: number; retryAfterSeconds?: number; commit?: boolean } & OnRoute)
  /** 400 [{code:400, description:"CRM is down, try again later"}]. */
  | ({ kind: 'crm-down-400' } & OnRoute)
  /** 403 [{code:403, description:"Invalid api_key"}]. */
  | ({ kind: 'auth-403' } & OnRoute)
  /** Waits `delayMs` (real time, cancelled by close()) before handling the request. */
  | ({ kind: 'slow'; delayMs: number } & OnRoute)
  /** Submissions for this service are refused with a 400 that reads as invalid content (a poison request). */
  | { kind: 'validation-400'; serviceCode: string; description?: string }
  /** Cases created while this is set stay out of GET requests.json answers for the next `lookups` lists. */
  | { kind: 'lookup-lag'; lookups: number };

function routeOf(fault: FakeFault): FakeRoute | 'any' {
  if (fault.kind === 'validation-400') return 'submit';
  if (fault.kind === 'lookup-lag') return 'submit';
  return fault.route ?? (fault.kind === 'commit-then-drop' ? 'submit' : 'any');
}

function applies(fault: FakeFault, route: FakeRoute, serviceCode: string | null): boolean {
  if (fault.kind === 'lookup-lag') return false;
  if (fault.kind === 'validation-400' && fault.serviceCode !== serviceCode) return false;
  const on = routeOf(fault);
  return on === 'any' || on === route;
}

export type ResponseFault = Exclude<FakeFault, { kind: 'slow' } | { kind: 'lookup-lag' }>;

export interface FaultChoice {
  delayMs: number | null;
  response: ResponseFault | null;
}

export class FaultPlan {
  persistent: FakeFault[] = [];
  readonly next: FakeFault[] = [];

  /** The faults for one request: a queued one-shot fault if one applies (used up), else the persistent ones. */
  take(route: FakeRoute, serviceCode: string | null): FaultChoice {
    const index = this.next.findIndex((f) => applies(f, route, serviceCode));
    const candidates = index >= 0 ? this.next.splice(index, 1) : this.persistent;
    const choice: FaultChoice = { delayMs: null, response: null };
    for (const fault of candidates) {
      if (!applies(fault, route, serviceCode)) continue;
      if (fault.kind === 'slow') choice.delayMs ??= fault.delayMs;
      else if (fault.kind !== 'lookup-lag') choice.response ??= fault;
    }
    return choice;
  }

  /** Lookups a new case stays hidden for: a queued lookup-lag (used up), else a persistent one, else 0. */
  takeLookupLag(): number {
    const index = this.next.findIndex((f) => f.kind === 'lookup-lag');
    const queued = index >= 0 ? this.next.splice(index, 1)[0] : undefined;
    const lag = queued ?? this.persistent.find((f) => f.kind === 'lookup-lag');
    return lag?.kind === 'lookup-lag' ? lag.lookups : 0;
  }
}
