// A scripted stand-in for the hub API as the kiosk agent calls it (site, issue, intake, leases, hand-over), for
// unit tests of the offline decisions: it can be unreachable, answer 5xx, and grants lease blocks from the top of
// each queue's offline band the way the contract describes. Integration tests use the real hub process.
import { randomBytes, randomUUID } from 'node:crypto';
import {
  type HandOverResult,
  type HubClient,
  HubError,
  HubUnreachableError,
  type Intake,
  type NumberLease,
  type OfflineTicket,
  type RequestLeaseBody,
  type SiteConfig,
  type TakeTicketInput,
} from '../../../../machines/contracts/index.js';
import { newVisit } from '../../../../machines/queue/newVisit.js';
import { formatTicketNumber } from '../../../../machines/queue/ticketNumber.js';
import { serviceDayOf } from '../../../../machines/time/serviceDay.js';
import { testSiteConfig } from '../../../support/siteConfig.js';

export interface ScriptedHub {
  client: HubClient;
  site: SiteConfig;
  /** null: answers; 'unreachable': nothing answers; a status: every call answers it (e.g. 503 from a proxy). */
  failure: null | 'unreachable' | number;
  leaseRequests: RequestLeaseBody[];
  handOvers: OfflineTicket[][];
  /** Offline ticket ids the hand-over answers `rejected` for. */
  rejects: Set<string>;
  /** Calls per route name. */
  calls: Map<string, number>;
  /** People ahead the intake reports for every service. */
  peopleAhead: number;
}

export function startScriptedHub(now: () => Date, site: SiteConfig = testSiteConfig()): ScriptedHub {
  const leases = new Map<string, NumberLease>();
  const granted = new Map<string, number>();
  const placed = new Set<string>();
  let online = 0;
  const hub: ScriptedHub = {
    site,
    failure: null,
    leaseRequests: [],
    handOvers: [],
    rejects: new Set(),
    calls: new Map(),
    peopleAhead: 0,
    client: {
      // The scripted answers are checked by the tests against the contract types; `call` is generic per route.
      // biome-ignore lint/suspicious/noExplicitAny: one implementation serves every route's response type
      async call(route, args): Promise<any> {
        hub.calls.set(route, (hub.calls.get(route) ?? 0) + 1);
        if (hub.failure === 'unreachable')
          throw new HubUnreachableError('http://hub.test', new Error('refused'));
        if (hub.failure !== null)
          throw new HubError(hub.failure, 'internal', `the hub answered ${hub.failure}`);
        const today = serviceDayOf(now(), site.site.timeZone);
        const body = args.body as Record<string, unknown> | undefined;
        switch (route) {
          case 'getSite':
            return site;
          case 'health':
            return { status: 'ok', version: 'test', serviceDay: today, time: now().toISOString() };
          case 'intake':
            return {
              serviceDay: today,
              at: now().toISOString(),
              services: site.services.map((s) => ({
                serviceId: s.id,
                open: true,
                closedReason: null,
                opensAt: null,
                peopleAhead: hub.peopleAhead,
                estimatedWait: null,
              })),
            } satisfies Intake;
          case 'issueTicket': {
            const input = body as unknown as TakeTicketInput;
            const service = site.services.find((s) => s.id === input.serviceId);
            if (!service) throw new HubError(404, 'unknown-service', 'no such service');
            online += 1;
            const ticket = newVisit({
              ...input,
              id: input.requestId,
              number: formatTicketNumber('A', online, 999),
              queueId: service.queueId,
              priorityClass: 'standard',
              serviceDay: today,
              issuedAt: now().toISOString(),
            });
            return { ticket, peopleAhead: 0, statusToken: randomBytes(24).toString('base64url') };
          }
          case 'requestLease': {
            const request = body as unknown as RequestLeaseBody;
            hub.leaseRequests.push(request);
            const known = leases.get(request.requestId);
            if (known) return known;
            const queue = site.queues.find((q) => q.id === request.queueId)!;
            const key = `${today}/${queue.id}`;
            const block = granted.get(key) ?? 0;
            granted.set(key, block + 1);
            const first = queue.lastNumber - queue.offlineBand + 1 + block * site.offline.leaseSize;
            const lease: NumberLease = {
              id: randomUUID(),
              serviceDay: today,
              queueId: queue.id,
              first,
              last: first + site.offline.leaseSize - 1,
              grantedAt: now().toISOString(),
            };
            leases.set(request.requestId, lease);
            return lease;
          }
          case 'handOverOfflineTickets': {
            const tickets = (body as { tickets: OfflineTicket[] }).tickets;
            hub.handOvers.push(tickets);
            const results: HandOverResult['results'] = tickets.map((t) => {
              if (hub.rejects.has(t.id)) {
                return {
                  id: t.id,
                  outcome: 'rejected',
                  number: null,
                  reason: 'Not in a lease of this kiosk.',
                };
              }
              const outcome = placed.has(t.id)
                ? 'duplicate'
                : serviceDayOf(new Date(t.issuedAt), site.site.timeZone) === today
                  ? 'placed'
                  : 'closed';
              placed.add(t.id);
              return { id: t.id, outcome, number: null, reason: null };
            });
            return { results };
          }
          default:
            throw new HubError(404, 'not-found', `the scripted hub does not answer ${route}`);
        }
      },
    },
  };
  return hub;
}
