// The storage interface for staff accounts, sessions, enrolled devices (with their latest health and
// out-of-service notice) and enrolment codes.
import type { DeviceHealth, DeviceRole, OutOfService, StaffRole } from '../../../machines/contracts/index.js';

export interface StaffUserRecord {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  /** Encoded KDF hash with its parameters (see auth/passwords.ts); never the password. */
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
  /** Consecutive failed sign-ins since the last success. */
  failedLogins: number;
  lockedUntil: string | null;
}

export interface SessionRecord {
  /** SHA-256 (hex) of the cookie token; the token itself is never stored. */
  id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  /** Absolute end of the session, whatever the activity. */
  expiresAt: string;
  revoked: boolean;
}

export interface DeviceRecord {
  id: string;
  name: string;
  role: DeviceRole;
  /** SHA-256 (hex) of the device token; the token itself is never stored. */
  tokenHash: string;
  disabled: boolean;
  enrolledAt: string;
  lastSeenAt: string | null;
  /** The latest health report (one per device, replaced by each new one); null until the first. */
  health: DeviceHealth | null;
  /** Set by facilities while the kiosk is out of service; null when in service. */
  outOfService: OutOfService | null;
}

export interface EnrolmentCodeRecord {
  /** SHA-256 (hex) of the normalised code. */
  codeHash: string;
  role: DeviceRole;
  name: string;
  expiresAt: string;
  usedAt: string | null;
  /** Who created it, e.g. "staff:<username>" or "cli". */
  createdBy: string;
}

/** Thrown by `insertUser` when the username is taken. */
export class UsernameTakenError extends Error {
  override name = 'UsernameTakenError';
}

export interface AuthStore {
  findUserById(id: string): StaffUserRecord | undefined;
  findUserByUsername(username: string): StaffUserRecord | undefined;
  listUsers(): StaffUserRecord[];
  /** Throws UsernameTakenError when the username exists. */
  insertUser(user: StaffUserRecord): void;
  /** Marks the user disabled and revokes all their sessions, atomically. */
  disableUser(id: string): void;
  setLoginFailures(id: string, failedLogins: number, lockedUntil: string | null): void;

  insertSession(session: SessionRecord): void;
  findSession(id: string): SessionRecord | undefined;
  touchSession(id: string, lastSeenAt: string): void;
  revokeSession(id: string): void;
  revokeUserSessions(userId: string): void;

  insertEnrolmentCode(code: EnrolmentCodeRecord): void;
  /**
   * Atomically: if the code exists, is unused and has not expired at `at`, marks it used and inserts the
   * device `makeDevice` builds from it; otherwise changes nothing and returns undefined.
   */
  redeemEnrolmentCode(
    codeHash: string,
    at: string,
    makeDevice: (code: EnrolmentCodeRecord) => DeviceRecord,
  ): DeviceRecord | undefined;

  findDeviceById(id: string): DeviceRecord | undefined;
  findDeviceByTokenHash(tokenHash: string): DeviceRecord | undefined;
  listDevices(): DeviceRecord[];
  disableDevice(id: string): void;
  touchDevice(id: string, lastSeenAt: string): void;
  /** Replaces the device's latest health report. */
  saveDeviceHealth(id: string, health: DeviceHealth): void;
  /** Takes the device out of service with a notice, or (null) puts it back in service. */
  setOutOfService(id: string, outOfService: OutOfService | null): void;
}
