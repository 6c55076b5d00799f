// Kiosks that keep issuing tickets while the hub is unreachable: number leases, the offline hand-over, and the
// connectivity a kiosk reports to the hub.
import { z } from 'zod';
import { LanguageCode, Slug } from './site.js';
import { Needs, ServiceDay } from './ticket.js';

/**
 * A block of consecutive numbers from a queue's offline band (the top `offlineBand` numbers of its range), granted
 * to one kiosk for one service day. Blocks never overlap, and the hub's own numbering stops below the band.
 */
export const NumberLease = z.object({
  id: z.uuid(),
  serviceDay: ServiceDay,
  queueId: Slug,
  first: z.number().int().min(1),
  last: z.number().int().min(1),
  grantedAt: z.iso.datetime(),
});

export const RequestLeaseBody = z.strictObject({
  requestId: z.uuid().describe('A retry with the same id returns the same lease (no block is wasted)'),
  queueId: Slug,
});

/** Today's leases of the calling kiosk (after a restart it checks its own log against them). */
export const LeaseList = z.object({ serviceDay: ServiceDay, leases: z.array(NumberLease) });

/** A ticket a kiosk issued from its lease while the hub was unreachable. */
export const OfflineTicket = z.strictObject({
  id: z
    .uuid()
    .describe('The kiosk request id: becomes the ticket id, so a repeated hand-over places it once'),
  leaseId: z.uuid(),
  queueId: Slug,
  serviceId: Slug,
  number: z.number().int().min(1).describe('From the lease; the hub formats it with the queue prefix'),
  language: LanguageCode,
  needs: Needs,
  issuedAt: z.iso.datetime().describe('When the visitor took it (kiosk clock): its place in line'),
  statusToken: z
    .string()
    .regex(/^[A-Za-z0-9_-]{22,64}$/)
    .describe('Made by the kiosk and printed in the QR code; the status page works once handed over'),
});

export const HandOverBody = z.strictObject({ tickets: z.array(OfflineTicket).min(1).max(100) });

export const HandOverOutcome = z.enum([
  /** Placed in today's queue by its issue time. */
  'placed',
  /** Already handed over earlier (same id): nothing changed. */
  'duplicate',
  /** Issued on a past service day: recorded, and closed as left before service. */
  'closed',
  /** Refused (number outside the kiosk's lease, unknown service, …); `reason` says why. Stays in the kiosk log. */
  'rejected',
]);

export const HandOverResult = z.object({
  results: z.array(
    z.object({
      id: z.uuid(),
      outcome: HandOverOutcome,
      /** The printed number, e.g. "A907". */
      number: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
});

/** What a kiosk reports about its link to the hub (with its printer health). */
export const Connectivity = z.object({
  /** When the current outage began (null: connected now). */
  offlineSince: z.iso.datetime().nullable(),
  /** Length of the last outage that ended, in seconds (null: none since the agent started). */
  lastOutageSeconds: z.number().int().min(0).nullable(),
  /** Tickets issued offline today (handed over or not). */
  offlineIssuedToday: z.number().int().min(0),
  /** Offline tickets not yet accepted by the hub. */
  pendingHandOver: z.number().int().min(0),
  /** Of those, tickets the hub refused (kept in the kiosk's log, sent again after a restart): staff must look. */
  rejectedHandOver: z.number().int().min(0).default(0),
  /** Walk-in requests saved on this kiosk and not yet accepted by the hub (their data stays until it is). */
  pendingCaseRequests: z.number().int().min(0).default(0),
  /** Numbers left in this kiosk's lease per queue, today. */
  leases: z.array(z.object({ queueId: Slug, remaining: z.number().int().min(0) })),
});

export type NumberLease = z.infer<typeof NumberLease>;
export type RequestLeaseBody = z.infer<typeof RequestLeaseBody>;
export type LeaseList = z.infer<typeof LeaseList>;
export type OfflineTicket = z.infer<typeof OfflineTicket>;
export type HandOverBody = z.infer<typeof HandOverBody>;
export type HandOverOutcome = z.infer<typeof HandOverOutcome>;
export type HandOverResult = z.infer<typeof HandOverResult>;
export type Connectivity = z.infer<typeof Connectivity>;
