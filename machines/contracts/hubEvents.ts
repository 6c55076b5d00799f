// Messages on the hub's WebSocket streams: a full snapshot on (re)connect, then numbered deltas.
import { z } from 'zod';
import type { Access } from './auth.js';
import { FloorEvent } from './floor.js';
import { QueueSnapshot } from './hubApi.js';
import { DeviceNotice } from './notices.js';
import { Slug } from './site.js';
import { PublicCall, Ticket } from './ticket.js';

/**
 * Every fact the visit log records. `serving`: service began without a call (a walk-in at the desk);
 * `endedByLogout`: the counter signed out while holding the visit; `removed`: a queue reset or the end of
 * the service day; `cancelled`: the visitor cancelled from the status page; `left`: staff recorded that the
 * visitor left (the stage is in the event data).
 */
export const TicketEventType = z.enum([
  'ticket.issued',
  'ticket.called',
  'ticket.recalled',
  'ticket.arrived',
  'ticket.serving',
  'ticket.parked',
  'ticket.resumed',
  'ticket.transferred',
  'ticket.recycled',
  'ticket.completed',
  'ticket.noShow',
  'ticket.left',
  'ticket.cancelled',
  'ticket.removed',
  'ticket.endedByLogout',
  'ticket.noted',
]);

/**
 * One entry of a visit's log as the figures read it: server time, the counter, and who did it (a staff
 * user id, or a device id for kiosks). `data` holds the type's facts (outcome, placement, stage, …).
 */
export const VisitEvent = z.object({
  seq: z.number().int().positive(),
  type: TicketEventType,
  at: z.iso.datetime(),
  counterId: Slug.nullable(),
  userId: z.string().nullable(),
  deviceId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const TicketEvent = z.object({
  seq: z.number().int().positive(),
  type: TicketEventType,
  at: z.iso.datetime(),
  ticket: Ticket.describe('The ticket as it stands after this event'),
});

/**
 * The notices the receiver should know about, sent right after the snapshot and again, whole, whenever they
 * change (publish, change, withdrawal). Not numbered: it never advances `seq`. The receiver decides by its own
 * clock which are showing now (`machines/notices/activeNotices.ts`). The kiosk stream always sends it on
 * connect; the staff and display streams send it after the snapshot only when the list is not empty, so a
 * snapshot means "no notices" until this message follows it.
 */
export const NoticesMessage = z.object({ kind: z.literal('notices'), notices: z.array(DeviceNotice) });

/** Staff stream (`/api/events?view=staff`): desks and maintenance; notices are those targeted at desks. */
export const StaffMessage = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('snapshot'), snapshot: QueueSnapshot }),
  z.object({ kind: z.literal('event'), event: TicketEvent }),
  z.object({ kind: z.literal('floor'), event: FloorEvent }),
  NoticesMessage,
]);

/**
 * Display stream (`/api/events?view=display`): calls only. Every hub event still advances `seq` (as a bare
 * `tick`) so a display can detect a gap and ask for a fresh snapshot, without learning anything else.
 */
export const DisplayMessage = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('snapshot'), seq: z.number().int().min(0), calls: z.array(PublicCall) }),
  z.object({ kind: z.literal('call'), seq: z.number().int().positive(), call: PublicCall }),
  z.object({ kind: z.literal('tick'), seq: z.number().int().positive() }),
  NoticesMessage,
]);

/** Kiosk stream (`/api/events?view=kiosk`), opened by the kiosk agent: notices only. */
export const KioskMessage = z.discriminatedUnion('kind', [NoticesMessage]);

export const StreamView = z.enum(['staff', 'display', 'kiosk']);

export type TicketEventType = z.infer<typeof TicketEventType>;
export type TicketEvent = z.infer<typeof TicketEvent>;
export type VisitEvent = z.infer<typeof VisitEvent>;
export type StaffMessage = z.infer<typeof StaffMessage>;
export type DisplayMessage = z.infer<typeof DisplayMessage>;
export type StreamView = z.infer<typeof StreamView>;
export type NoticesMessage = z.infer<typeof NoticesMessage>;
export type KioskMessage = z.infer<typeof KioskMessage>;

/** Who may open each stream; checked on the WebSocket upgrade, before any message is sent. */
export const streamAccess = {
  staff: ['desk', 'supervisor', 'facilities', 'administrator'],
  display: ['display', 'supervisor', 'facilities', 'administrator'],
  kiosk: ['kiosk'],
} as const satisfies Record<StreamView, readonly Access[]>;
