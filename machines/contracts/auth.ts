// Identity and access: staff roles, device roles, who is calling (principal), and the auth/admin messages.
import { z } from 'zod';
import { OutOfService } from './deviceCare.js';
import { DeviceHealth } from './deviceHealth.js';

export const StaffRole = z.enum(['desk', 'supervisor', 'facilities', 'administrator']);
export const DeviceRole = z.enum(['kiosk', 'display']);
/** Who may call a route: `public` (anyone), a staff role, or a device role. */
export const Access = z.union([z.literal('public'), StaffRole, DeviceRole]);

export const Username = z
  .string()
  .regex(/^[a-z][a-z0-9._-]{2,31}$/, 'use 3–32 lower-case letters, digits, dots, dashes or underscores');
/** Passwords: long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const Password = z.string().min(12, 'use at least 12 characters').max(256);

export const StaffUser = z.object({
  id: z.uuid(),
  username: Username,
  displayName: z.string().min(1).max(80),
  role: StaffRole,
  disabled: z.boolean(),
  createdAt: z.iso.datetime(),
});

export const Device = z.object({
  id: z.string().min(1).max(64).describe('e.g. "kiosk-3f9a2c1b"'),
  name: z.string().min(1).max(80).describe('Where it is, e.g. "Lobby kiosk by the door"'),
  role: DeviceRole,
  disabled: z.boolean(),
  enrolledAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime().nullable(),
  /** The latest health report (kiosks: the printer); null until the device reports. */
  health: DeviceHealth.nullable().default(null),
  /** Set by facilities: the kiosk shows this message to visitors instead of the visit flow. */
  outOfService: OutOfService.nullable().default(null),
});

/** The caller as the hub sees it (GET /api/auth/me). */
export const Principal = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('staff'),
    userId: z.uuid(),
    username: Username,
    displayName: z.string(),
    role: StaffRole,
    sessionExpiresAt: z.iso.datetime(),
  }),
  z.object({ kind: z.literal('device'), deviceId: z.string(), name: z.string(), role: DeviceRole }),
]);

export const LoginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});
export const CreateStaffBody = z.strictObject({
  username: Username,
  displayName: z.string().min(1).max(80),
  role: StaffRole,
  password: Password,
});
export const StaffList = z.object({ users: z.array(StaffUser) });

export const CreateEnrolmentCodeBody = z.strictObject({ role: DeviceRole, name: z.string().min(1).max(80) });
export const EnrolmentCode = z.object({
  code: z
    .string()
    .regex(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)
    .describe('One-time, short-lived, e.g. "K7QM-4XPA"'),
  role: DeviceRole,
  name: z.string(),
  expiresAt: z.iso.datetime(),
});
export const EnrolBody = z.strictObject({
  code: z.string().min(1).max(16),
  /** `token`: the credential is returned (kiosk agent stores it); `cookie`: set as an HttpOnly cookie only. */
  delivery: z.enum(['token', 'cookie']),
});
export const EnrolResult = z.object({
  device: Device,
  token: z.string().min(32).nullable().describe('Present only with delivery "token"'),
});
export const DeviceList = z.object({ devices: z.array(Device) });

export const AuditEntry = z.object({
  seq: z.number().int().positive(),
  at: z.iso.datetime(),
  actor: z.string().describe('"staff:<username>", "device:<id>" or "anonymous"'),
  action: z.string().describe('Route name, e.g. "callNext", or "login.failed"'),
  target: z.string().nullable().describe('Ticket, user or device id the action was about'),
  outcome: z.enum(['ok', 'refused', 'failed']),
});
export const AuditList = z.object({ entries: z.array(AuditEntry) });

export const Ok = z.object({ ok: z.literal(true) });

/** Cookie names and header the hub reads credentials from. */
export const sessionCookie = 'lobby311_session';
export const deviceCookie = 'lobby311_device';

export type StaffRole = z.infer<typeof StaffRole>;
export type DeviceRole = z.infer<typeof DeviceRole>;
export type Access = z.infer<typeof Access>;
export type StaffUser = z.infer<typeof StaffUser>;
export type Device = z.infer<typeof Device>;
export type Principal = z.infer<typeof Principal>;
export type EnrolmentCode = z.infer<typeof EnrolmentCode>;
export type AuditEntry = z.infer<typeof AuditEntry>;
