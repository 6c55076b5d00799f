// Builds a ticket issued from this kiosk's lease while the hub is unreachable: the next lease number with the
// queue prefix, a status token made here, the print data, and the people ahead from a recent enough intake.
import { randomBytes } from 'node:crypto';
import type {
  Intake,
  OfflineTicket,
  SiteConfig,
  TakeTicketInput,
} from '../../../machines/contracts/index.js';
import type { Catalogs } from '../../../machines/i18n/translate.js';
import { newVisit } from '../../../machines/queue/newVisit.js';
import { classFor } from '../../../machines/queue/priorityClass.js';
import { formatTicketNumber } from '../../../machines/queue/ticketNumber.js';
import { serviceDayOf } from '../../../machines/time/serviceDay.js';
import { buildTicketPrintData } from '../../../printers/ticketPrintData.js';
import { KioskRefusal } from '../apiErrors.js';
import type { LeaseKeeper } from './leases.js';
import type { IssuedRecord } from './offlineLog.js';

export interface OfflineTicketInput {
  input: TakeTicketInput;
  site: SiteConfig;
  leases: LeaseKeeper;
  catalogs: Catalogs;
  at: Date;
  /** The last intake the kiosk saw, with this kiosk's offline tickets since then. */
  lastIntake: { intake: Intake; receivedAt: Date } | null;
  issuedSince: (serviceId: string, since: Date) => number;
}

export const leaseExhausted = (serviceName: string): KioskRefusal =>
  new KioskRefusal(
    503,
    'lease-exhausted',
    `This kiosk cannot give out numbers for ${serviceName} until the connection is back. Please ask at the front desk.`,
  );

/** People ahead from an intake younger than the site's limit (plus this kiosk's tickets since), else null. */
function peopleAheadOf(o: OfflineTicketInput): number | null {
  if (!o.lastIntake) return null;
  const ageMs = o.at.getTime() - o.lastIntake.receivedAt.getTime();
  if (ageMs > o.site.offline.estimateMaxAgeMinutes * 60_000) return null;
  const service = o.lastIntake.intake.services.find((s) => s.serviceId === o.input.serviceId);
  if (!service) return null;
  return service.peopleAhead + o.issuedSince(o.input.serviceId, o.lastIntake.receivedAt);
}

/** The `issued` record for a new offline ticket (not yet written); refuses when no lease number is left. */
export function buildOfflineTicket(o: OfflineTicketInput): IssuedRecord {
  const { input, site } = o;
  const service = site.services.find((s) => s.id === input.serviceId);
  if (!service) {
    throw new KioskRefusal(404, 'unknown-service', `There is no service "${input.serviceId}" at this site.`);
  }
  const queue = site.queues.find((q) => q.id === service.queueId);
  const serviceDay = serviceDayOf(o.at, site.site.timeZone);
  const slot = queue && queue.offlineBand > 0 ? o.leases.peek(queue.id, serviceDay) : null;
  if (!queue || !slot) throw leaseExhausted(service.name);
  const issuedAt = o.at.toISOString();
  const offline: OfflineTicket = {
    id: input.requestId,
    leaseId: slot.leaseId,
    queueId: queue.id,
    serviceId: service.id,
    number: slot.number,
    language: input.language,
    needs: input.needs,
    issuedAt,
    statusToken: randomBytes(24).toString('base64url'),
  };
  const ticket = newVisit({
    id: input.requestId,
    number: formatTicketNumber(queue.prefix, slot.number, queue.lastNumber),
    queueId: queue.id,
    serviceId: service.id,
    language: input.language,
    needs: input.needs,
    priorityClass: classFor(site.policy, input.needs),
    serviceDay,
    issuedAt,
  });
  const peopleAhead = peopleAheadOf(o);
  const print = buildTicketPrintData({
    site,
    ticket,
    peopleAhead,
    statusToken: offline.statusToken,
    catalogs: o.catalogs,
  });
  return { kind: 'issued', offline, ticket, peopleAhead, print };
}
