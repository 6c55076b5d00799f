// The lobby floor: counter sessions (sign-in, breaks), queue intake switches, what kiosks may offer, and why
// a ticket is next at a counter.
import { z } from 'zod';
import { Slug } from './site.js';
import { ServiceDay, TicketNumber } from './ticket.js';

export const BreakReason = z.enum(['rest', 'meal', 'training', 'meeting', 'other']);

/** A counter right now: closed (nobody signed in), open, or on a break. Staff names reach staff screens only. */
export const CounterState = z.object({
  counterId: Slug,
  status: z.enum(['closed', 'open', 'break']),
  staffUserId: z.uuid().nullable(),
  staffName: z.string().max(80).nullable(),
  since: z.iso.datetime().nullable().describe('When the current status began'),
  breakReason: BreakReason.nullable(),
});

/** A queue's manual intake switch (a supervisor closed it for the rest of the day, or opened it again). */
export const QueueState = z.object({
  queueId: Slug,
  closedByStaff: z.boolean(),
});

export const FloorEventType = z.enum([
  'counter.signedIn',
  'counter.breakStarted',
  'counter.breakEnded',
  'counter.signedOut',
  'queue.closed',
  'queue.opened',
]);

/** A committed floor event; it shares the hub-wide `seq` with ticket events. */
export const FloorEvent = z.object({
  seq: z.number().int().positive(),
  type: FloorEventType,
  at: z.iso.datetime(),
  counter: CounterState.nullable().describe('The counter after a counter.* event'),
  queue: QueueState.nullable().describe('The queue after a queue.* event'),
});

/** Why a service is not taking visitors now. `closing-early`: a published notice stopped its tickets. */
export const ClosedReason = z.enum([
  'outside-hours',
  'daily-cap',
  'closed-by-staff',
  'numbers-used-up',
  'closing-early',
]);

/** Roughly how long a new ticket would wait: a range in whole minutes. */
export const WaitEstimate = z.object({
  lowMinutes: z.number().int().min(0),
  highMinutes: z.number().int().min(0),
});

/** What the kiosk may offer for one service before the visitor takes a ticket. */
export const ServiceIntake = z.object({
  serviceId: Slug,
  open: z.boolean(),
  closedReason: ClosedReason.nullable(),
  opensAt: z.iso.datetime().nullable().describe('Next opening (site-local hours) when closed by the clock'),
  peopleAhead: z.number().int().min(0),
  noticeId: z.uuid().optional().describe('closing-early: the notice whose text says why'),
  estimatedWait: WaitEstimate.nullable().describe('null: no honest estimate (no open counter, no data)'),
});

export const Intake = z.object({
  serviceDay: ServiceDay,
  at: z.iso.datetime(),
  services: z.array(ServiceIntake),
});

/** Which ordering rule picked the next ticket at a counter. */
export const NextRule = z.enum([
  'transferred-to-counter',
  'placed-at-front',
  'ratio-turn',
  'highest-score',
  'nobody-eligible',
]);

/** One waiting ticket's standing at a counter: score = (minutes since rankAt + head start) × weight. */
export const RankedTicket = z.object({
  ticketId: z.uuid(),
  number: TicketNumber,
  queueId: Slug,
  priorityClass: Slug,
  waitedMinutes: z.number().min(0),
  headStartMinutes: z.number().int().min(0),
  weight: z.number().int().min(1),
  score: z.number(),
});

/** A waiting ticket call-next at this counter passes over, and why. */
export const SkippedTicket = z.object({
  ticketId: z.uuid(),
  number: TicketNumber,
  reason: z.enum(['cooling-down', 'other-counter', 'not-served-here']),
  eligibleAt: z.iso.datetime().nullable().describe('For cooling-down: when it may be called again'),
});

/** The answer to "who is next at this counter, and why" (GET /api/counters/:counterId/next). */
export const NextExplanation = z.object({
  counterId: Slug,
  at: z.iso.datetime(),
  ticketId: z.uuid().nullable(),
  number: TicketNumber.nullable(),
  rule: NextRule,
  ratio: z
    .object({
      turn: z.enum(['standard', 'priority']),
      streak: z.number().int().min(0).describe('Calls of the other kind in a row at this counter'),
      quota: z.number().int().min(1),
    })
    .nullable()
    .describe('Set when the ratio rule decided'),
  ranking: z.array(RankedTicket).max(10).describe('Best first'),
  skipped: z.array(SkippedTicket).max(20),
});

export type BreakReason = z.infer<typeof BreakReason>;
export type CounterState = z.infer<typeof CounterState>;
export type QueueState = z.infer<typeof QueueState>;
export type FloorEventType = z.infer<typeof FloorEventType>;
export type FloorEvent = z.infer<typeof FloorEvent>;
export type ClosedReason = z.infer<typeof ClosedReason>;
export type WaitEstimate = z.infer<typeof WaitEstimate>;
export type ServiceIntake = z.infer<typeof ServiceIntake>;
export type Intake = z.infer<typeof Intake>;
export type NextRule = z.infer<typeof NextRule>;
export type RankedTicket = z.infer<typeof RankedTicket>;
export type SkippedTicket = z.infer<typeof SkippedTicket>;
export type NextExplanation = z.infer<typeof NextExplanation>;
