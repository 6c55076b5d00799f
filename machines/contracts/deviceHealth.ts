// Device health as kiosks report it to the hub: the receipt printer's state, fault code and since when.
import { z } from 'zod';
import { PrinterModel } from './deviceCare.js';
import { Connectivity } from './offline.js';

/** What the printer can do now; `none`: no printer is configured for this kiosk. */
export const PrinterHealthState = z.enum([
  'ready',
  'paperLow',
  'paperOut',
  'coverOpen',
  'cutterError',
  'offline',
  'recovering',
  'none',
]);

/** Stable codes for what is wrong (the printer health machine's `fault`). */
export const PrinterFaultCode = z.enum([
  'paper-low',
  'paper-out',
  'cover-open',
  'cutter-error',
  'printer-error',
  'printer-offline',
  'unreachable',
  'invalid-status',
  'job-failed',
]);

export const PrinterHealth = z.object({
  state: PrinterHealthState,
  canPrint: z.boolean(),
  fault: PrinterFaultCode.nullable(),
  since: z.iso.datetime().describe('When the current state began'),
  lastGoodAt: z.iso.datetime().nullable().describe('Last good status reading or printed job'),
});

/** An app version as electron-builder writes it in latest.yml ("1.4.0", "1.5.0-beta.2"). */
export const AppVersion = z
  .string()
  .regex(/^\d{1,4}\.\d{1,4}\.\d{1,6}(?:-[0-9A-Za-z.-]{1,40})?$/, 'use a version like 1.4.0 or 1.5.0-beta.2')
  .describe('e.g. "1.4.0"');

export const ReportHealthBody = z.strictObject({
  printer: PrinterHealth.strict(),
  /** The kiosk's configured printer model (previews in /maintenance use it). */
  printerModel: PrinterModel.nullable().default(null),
  /** The kiosk's link to the hub: outages, offline tickets, leases (null: not reported). */
  connectivity: Connectivity.nullable().default(null),
  /** The app version the kiosk runs (null: not reported; the hub keeps it for /maintenance and rollouts). */
  appVersion: AppVersion.nullable().default(null),
});

/** The latest report the hub holds for a device (null: it never reported). */
export const DeviceHealth = z.object({
  printer: PrinterHealth,
  printerModel: PrinterModel.nullable().default(null),
  connectivity: Connectivity.nullable().default(null),
  reportedAt: z.iso.datetime().describe('When the hub received it'),
});

export type AppVersion = z.infer<typeof AppVersion>;
export type PrinterHealthState = z.infer<typeof PrinterHealthState>;
export type PrinterFaultCode = z.infer<typeof PrinterFaultCode>;
export type PrinterHealth = z.infer<typeof PrinterHealth>;
export type ReportHealthBody = z.infer<typeof ReportHealthBody>;
export type DeviceHealth = z.infer<typeof DeviceHealth>;
