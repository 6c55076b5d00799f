// App updates over the LAN: the hub's rollout plan (one pilot kiosk first, then the rest), the version a device
// should run, a device's update report, and the overview /maintenance shows.
import { z } from 'zod';
import { DeviceRole } from './auth.js';
import { AppVersion } from './deviceHealth.js';

/**
 * idle: no rollout yet, devices stay on what they run; piloting: only the pilot kiosk takes the target;
 * rolling-out: every kiosk takes it (the pilot was healthy long enough); halted: everyone goes (back) to the
 * last good version.
 */
export const RolloutState = z.enum(['idle', 'piloting', 'rolling-out', 'halted']);

export const RolloutPlan = z.object({
  state: RolloutState,
  targetVersion: AppVersion.nullable().describe('The version being rolled out (null while idle)'),
  lastGoodVersion: AppVersion.nullable().describe(
    'What the other kiosks run meanwhile and everyone returns to when halted (null: they stay as they are)',
  ),
  pilotDeviceId: z.string().min(1).max(64).nullable().describe('The kiosk that takes the target first'),
  pilotHealthyMinutes: z
    .number()
    .int()
    .min(1)
    .max(10_080)
    .describe('How long the pilot must report healthy on the target before the rest follow'),
  pilotHealthySince: z.iso
    .datetime()
    .nullable()
    .describe('Since when the pilot reports healthy on the target (null: not yet)'),
  startedAt: z.iso.datetime().nullable(),
  startedBy: z.string().nullable().describe('Staff username'),
  haltReason: z
    .string()
    .nullable()
    .describe('Why it was halted (an administrator, or a kiosk that rolled back)'),
  haltedAt: z.iso.datetime().nullable(),
  haltedBy: z.string().nullable().describe('"staff:<username>" or "device:<id>"'),
});

/** POST /api/updates/rollout: an administrator starts rolling out a version the hub has files for. */
export const StartRolloutBody = z.strictObject({
  targetVersion: AppVersion,
  pilotDeviceId: z.string().min(1).max(64),
  pilotHealthyMinutes: z.number().int().min(1).max(10_080).default(60),
});

/** POST /api/updates/rollout/halt: an administrator stops the rollout; every kiosk returns to the last good. */
export const HaltRolloutBody = z.strictObject({
  reason: z.string().trim().min(1, 'say why').max(200),
});

/** GET /api/devices/me/update: the version this kiosk should run and where its update files are. */
export const UpdateTarget = z.object({
  version: AppVersion.nullable().describe('null: keep the version you run'),
  feedPath: z
    .string()
    .regex(/^\/updates\/(?:[0-9A-Za-z.-]+\/)?$/)
    .nullable()
    .describe('The generic-provider folder on the hub holding that version (null: no files, stay)'),
  rollout: RolloutState,
});

/**
 * A kiosk's update lifecycle as it reports it; `failed`: a download, install or rollback did not work (it keeps
 * the version it runs); `cancelled`: the hub stopped wanting the version while it was downloading.
 */
export const DeviceUpdateState = z.enum([
  'downloading',
  'installed',
  'healthy',
  'rolled-back',
  'failed',
  'cancelled',
]);

/** POST /api/devices/me/update: the kiosk's update state (after rolling back, previousVersion is the bad one). */
export const DeviceUpdateReport = z.strictObject({
  currentVersion: AppVersion,
  previousVersion: AppVersion.nullable().default(null),
  /** The version being downloaded or installed, when it differs from currentVersion. */
  targetVersion: AppVersion.nullable().default(null),
  state: DeviceUpdateState,
  reason: z.string().trim().max(200).nullable().default(null).describe('Why it rolled back or failed'),
});

/** One device as /maintenance lists it: role, the version it runs and its update state. */
export const DeviceUpdateStatus = z.object({
  deviceId: z.string(),
  name: z.string(),
  role: DeviceRole,
  disabled: z.boolean(),
  version: AppVersion.nullable().describe('null: it never reported a version'),
  previousVersion: AppVersion.nullable(),
  targetVersion: AppVersion.nullable(),
  state: DeviceUpdateState.nullable(),
  reason: z.string().nullable(),
  reportedAt: z.iso.datetime().nullable(),
});

/** A version the hub holds update files for, and the folder it serves them from. */
export const AvailableUpdate = z.object({ version: AppVersion, feedPath: z.string() });

export const UpdatesOverview = z.object({
  plan: RolloutPlan,
  available: z.array(AvailableUpdate).describe('Newest first'),
  devices: z.array(DeviceUpdateStatus),
});

export type RolloutState = z.infer<typeof RolloutState>;
export type RolloutPlan = z.infer<typeof RolloutPlan>;
export type StartRolloutBody = z.infer<typeof StartRolloutBody>;
export type HaltRolloutBody = z.infer<typeof HaltRolloutBody>;
export type UpdateTarget = z.infer<typeof UpdateTarget>;
export type DeviceUpdateState = z.infer<typeof DeviceUpdateState>;
export type DeviceUpdateReport = z.infer<typeof DeviceUpdateReport>;
export type DeviceUpdateStatus = z.infer<typeof DeviceUpdateStatus>;
export type AvailableUpdate = z.infer<typeof AvailableUpdate>;
export type UpdatesOverview = z.infer<typeof UpdatesOverview>;
