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

export const TicketStatus = z.enum(['waiting', 'called', 'completed', 'no-show']);

export const Ticket = z.object({
  id: z.uuid().describe('Client-generated id; issuing twice with it returns the same ticket'),
  number: TicketNumber,
  queueId: Slug,
  serviceId: Slug,
  language: LanguageCode.describe("The visitor's language; travels with the ticket"),
  needs: Needs,
  status: TicketStatus,
  serviceDay: ServiceDay,
  issuedAt: z.iso.datetime(),
  calledAt: z.iso.datetime().nullable(),
  counterId: Slug.nullable(),
  callCount: z.number().int().min(0),
  outcomeId: Slug.nullable(),
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
export type Ticket = z.infer<typeof Ticket>;
export type PublicCall = z.infer<typeof PublicCall>;
export type InterpreterMode = z.infer<typeof InterpreterMode>;
export type AccessibilityNeed = z.infer<typeof AccessibilityNeed>;
