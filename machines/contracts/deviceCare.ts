// Facilities' care of kiosks: commands the hub queues for a kiosk (test print, reprint a ticket, clear a printer
// fault), the out-of-service notice a kiosk shows visitors, ticket previews, and a ticket's public status.
import { z } from 'zod';
import { WaitEstimate } from './floor.js';
import { LanguageCode } from './site.js';
import { TicketStatus } from './ticket.js';

/** Printer models the kiosks support (`printers/paperProfiles.ts` holds their paper widths). */
export const PrinterModel = z.enum([
  'epson-tm-t88vi',
  'epson-tm-t88vii',
  'epson-tm-t20iii',
  'epson-tm-m30iii',
  'epson-tm-p20ii',
]);

/** What facilities (or the desk, for a reprint) ask a kiosk to do. */
export const DeviceCommandRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('testPrint') }),
  z.strictObject({
    kind: z.literal('reprintTicket'),
    ticketId: z.uuid().nullable().describe("null: the kiosk's last printed ticket"),
  }),
  z.strictObject({ kind: z.literal('clearFault') }),
]);

export const DeviceCommandStatus = z.enum(['pending', 'done', 'failed', 'expired']);

/** A queued command and what became of it. Commands not fetched within 10 minutes expire. */
export const DeviceCommand = z.object({
  id: z.uuid(),
  deviceId: z.string().min(1).max(64),
  /** The kiosk's name for staff messages ("Sent to Lobby kiosk by the door"); absent when the hub omits it. */
  deviceName: z.string().min(1).max(80).optional(),
  request: DeviceCommandRequest,
  status: DeviceCommandStatus,
  requestedAt: z.iso.datetime(),
  /** The staff member's username (not personal data beyond the staff account). */
  requestedBy: z.string(),
  completedAt: z.iso.datetime().nullable(),
  /** The kiosk's plain sentence about the result, e.g. "Printed" or "The printer is out of paper". */
  detail: z.string().max(200).nullable(),
});
export const DeviceCommandList = z.object({ commands: z.array(DeviceCommand) });

/** Shown to visitors on a kiosk taken out of service by facilities, in place of the visit flow. */
export const OutOfService = z.object({
  message: z.string().min(1).max(280),
  since: z.iso.datetime(),
});
export const SetOutOfServiceBody = z.strictObject({
  message: z
    .string()
    .trim()
    .min(1)
    .max(280)
    .nullable()
    .describe(
      'Visitor-facing text, e.g. "Please use the kiosk by the elevators"; null puts it back in service',
    ),
});

/** What a kiosk fetches from the hub on its schedule: pending commands and whether it is out of service. */
export const DeviceInstructions = z.object({
  commands: z.array(DeviceCommand),
  outOfService: OutOfService.nullable(),
  /** Other kiosks at the site that can print now, by name (where to send visitors). */
  otherKiosks: z.array(z.object({ name: z.string(), canPrint: z.boolean() })),
});
export const CompleteCommandBody = z.strictObject({
  ok: z.boolean(),
  detail: z.string().trim().min(1).max(200),
});

export const PreviewQuery = z.strictObject({
  printerModel: PrinterModel,
  language: LanguageCode,
  layout: z.enum(['ticket', 'request-receipt', 'referral-slip']).default('ticket'),
});
/** A sample printout, rendered from the same ESC/POS bytes a kiosk would send. */
export const PrintPreview = z.object({
  pngBase64: z.string(),
  widthDots: z.number().int().positive(),
  heightDots: z.number().int().positive(),
  bytes: z.number().int().positive().describe('Size of the ESC/POS job'),
  rasterLines: z.number().int().min(0).describe('Lines printed as images (scripts code pages cannot do)'),
});

/** A ticket's public status by its status token (what the status page and a kiosk scan show). */
export const TicketStatusView = z.object({
  number: z.string(),
  serviceId: z.string(),
  status: TicketStatus,
  peopleAhead: z.number().int().min(0),
  estimatedWait: WaitEstimate.nullable(),
  /** The counter's name once called or served. */
  counterName: z.string().nullable(),
});

/** A desk's "find this visit": a scanned status URL or token, or a ticket number from today. */
export const FindVisitQuery = z.strictObject({ q: z.string().trim().min(1).max(300) });

export type PrinterModel = z.infer<typeof PrinterModel>;
export type DeviceCommandRequest = z.infer<typeof DeviceCommandRequest>;
export type DeviceCommandStatus = z.infer<typeof DeviceCommandStatus>;
export type DeviceCommand = z.infer<typeof DeviceCommand>;
export type DeviceCommandList = z.infer<typeof DeviceCommandList>;
export type OutOfService = z.infer<typeof OutOfService>;
export type SetOutOfServiceBody = z.infer<typeof SetOutOfServiceBody>;
export type DeviceInstructions = z.infer<typeof DeviceInstructions>;
export type CompleteCommandBody = z.infer<typeof CompleteCommandBody>;
export type PreviewQuery = z.infer<typeof PreviewQuery>;
export type PrintPreview = z.infer<typeof PrintPreview>;
export type TicketStatusView = z.infer<typeof TicketStatusView>;
export type FindVisitQuery = z.infer<typeof FindVisitQuery>;
