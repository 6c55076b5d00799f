// Ticket (visit) schemas shared by hub, agent, printers and screens, plus the public call shown on displays.
import { z } from 'zod';
import { LanguageCode, Slug } from './site.js';

export const TicketNumber = z
  .string()
  .regex(/^[A-Z]{1,2}\d{3,4}$/)
  .describe('Queue prefix and zero-padded number, e.g. "A042"');

export const ServiceDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("The site's local calendar date the ticket belongs to, e.g. 2026-11-26");

export const InterpreterMode = z.enum(['phone', 'video', 'in-person']);
export const AccessibilityNeed = z.enum(['wheelchair', 'hearing', 'vision', 'seating', 'other']);

export const Needs = z.object({
  interpreter: z
    .object({ mode: InterpreterMode, language: LanguageCode })
    .nullable()
    .describe('Free interpreter requested; "ase" is American Sign Language'),
  accessibility: z.array(AccessibilityNeed).max(5).describe('Help the visitor asked for'),
});

/**
 * Where a visit stands. Open: `waiting` (in a queue), `called` (announced, not yet at the counter), `serving`
 * (at a counter), `parked` (set aside by a counter, not in any queue). Closed: `completed` (with an outcome),
 * `no-show`, `left` (left before service; see `leftStage`), `cancelled` (by the visitor, from the status
 * page), `removed` (by a queue reset or the end of its service day), `ended` (its counter signed out).
 */
export const TicketStatus = z.enum([
  'waiting',
  'called',
  'serving',
  'parked',
  'completed',
  'no-show',
  'left',
  'cancelled',
  'removed',
  'ended',
]);
export const openTicketStatuses = ['waiting', 'called', 'serving', 'parked'] as const;

/** The stage a visitor left at (TheQ's "left before service" with its stage). */
export const VisitStage = z.enum(['waiting', 'called', 'serving', 'parked']);

/** Where a transferred or recycled visit goes in its queue. */
export const Placement = z.enum(['front', 'end', 'original']);

/** One service within a visit; a transfer to another service starts a new transaction. */
export const Transaction = z.object({
  serviceId: Slug,
  queueId: Slug,
  startedAt: z.iso.datetime().describe('When this transaction entered its queue (issue or transfer time)'),
  outcomeId: Slug.nullable(),
  outcomeDetail: z
    .string()
    .max(80)
    .nullable()
    .describe('Bureau id for "referred", case reference for "case-created"'),
});

/** A staff note that stays with the visit; never shown on displays, status pages or tickets. */
export const VisitNote = z.object({
  at: z.iso.datetime(),
  counterId: Slug.nullable(),
  text: z.string().min(1).max(500),
});

export const Ticket = z.object({
  id: z.uuid().describe('Client-generated id; issuing twice with it returns the same ticket'),
  number: TicketNumber,
  queueId: Slug.describe("The current transaction's queue"),
  serviceId: Slug.describe("The current transaction's service"),
  language: LanguageCode.describe("The visitor's language; travels with the ticket"),
  needs: Needs,
  priorityClass: Slug.describe('One of the site policy classes'),
  status: TicketStatus,
  serviceDay: ServiceDay,
  issuedAt: z.iso.datetime(),
  rankAt: z.iso
    .datetime()
    .describe('The arrival time ordering uses: issue time, or the transfer/recycle time for "end"'),
  front: z.boolean().describe('Placed at the front of its queue by a transfer or recycle'),
  targetCounterId: Slug.nullable().describe('Waiting for this counter only (transferred to a counter)'),
  calledAt: z.iso.datetime().nullable().describe('First call of the current transaction'),
  lastCalledAt: z.iso.datetime().nullable(),
  arrivedAt: z.iso.datetime().nullable().describe('When service of the current transaction began'),
  counterId: Slug.nullable().describe('The counter holding the visit while called, serving or parked'),
  callCount: z.number().int().min(0).describe('Calls and recalls in the current transaction'),
  outcomeId: Slug.nullable().describe("The last completed transaction's outcome"),
  leftStage: VisitStage.nullable(),
  transactions: z.array(Transaction).min(1),
  notes: z.array(VisitNote),
});

/** What a lobby display may know about a call: ticket number, counter and voice language only. */
export const PublicCall = z.object({
  callId: z.number().int().positive().describe('Hub event sequence number of this call'),
  ticketNumber: TicketNumber,
  counterName: z.string().min(1).max(12),
  language: LanguageCode.describe('Voice used to announce the call; never shown'),
  calledAt: z.iso.datetime(),
  recall: z.boolean(),
});

export type TicketNumber = z.infer<typeof TicketNumber>;
export type Needs = z.infer<typeof Needs>;
export type TicketStatus = z.infer<typeof TicketStatus>;
export type VisitStage = z.infer<typeof VisitStage>;
export type Placement = z.infer<typeof Placement>;
export type Transaction = z.infer<typeof Transaction>;
export type VisitNote = z.infer<typeof VisitNote>;
export type Ticket = z.infer<typeof Ticket>;
export type PublicCall = z.infer<typeof PublicCall>;
export type InterpreterMode = z.infer<typeof InterpreterMode>;
export type AccessibilityNeed = z.infer<typeof AccessibilityNeed>;
