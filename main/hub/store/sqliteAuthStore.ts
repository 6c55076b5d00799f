// AuthStore on better-sqlite3: staff users, hashed session ids, hashed device tokens, device health reports
// (printer and connectivity), out-of-service notices and enrolment codes.
import type Database from 'better-sqlite3';
import {
  Connectivity,
  type DeviceHealth,
  type DeviceRole,
  PrinterHealth,
  PrinterModel,
  type StaffRole,
} from '../../../machines/contracts/index.js';
import {
  type AuthStore,
  type DeviceRecord,
  type EnrolmentCodeRecord,
  type SessionRecord,
  type StaffUserRecord,
  UsernameTakenError,
} from './authStore.js';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  disabled: number;
  created_at: string;
  failed_logins: number;
  locked_until: string | null;
}

interface SessionRow {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked: number;
}

interface DeviceRow {
  id: string;
  name: string;
  role: string;
  token_hash: string;
  disabled: number;
  enrolled_at: string;
  last_seen_at: string | null;
  out_of_service_message: string | null;
  out_of_service_since: string | null;
  /** From the LEFT JOIN on device_health (null when the device never reported). */
  health_reported_at: string | null;
  health_printer_json: string | null;
  health_printer_model: string | null;
  health_connectivity_json: string | null;
}

interface CodeRow {
  code_hash: string;
  role: string;
  name: string;
  expires_at: string;
  used_at: string | null;
  created_by: string;
}

const toUser = (row: UserRow): StaffUserRecord => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role as StaffRole,
  passwordHash: row.password_hash,
  disabled: row.disabled === 1,
  createdAt: row.created_at,
  failedLogins: row.failed_logins,
  lockedUntil: row.locked_until,
});

const toSession = (row: SessionRow): SessionRecord => ({
  id: row.id,
  userId: row.user_id,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  expiresAt: row.expires_at,
  revoked: row.revoked === 1,
});

const toDevice = (row: DeviceRow): DeviceRecord => ({
  id: row.id,
  name: row.name,
  role: row.role as DeviceRole,
  tokenHash: row.token_hash,
  disabled: row.disabled === 1,
  enrolledAt: row.enrolled_at,
  lastSeenAt: row.last_seen_at,
  health: healthOf(row),
  outOfService:
    row.out_of_service_message !== null && row.out_of_service_since !== null
      ? { message: row.out_of_service_message, since: row.out_of_service_since }
      : null,
});

/** The stored report, or null when there is none or it no longer reads as the contract says. */
function healthOf(row: DeviceRow): DeviceHealth | null {
  if (row.health_reported_at === null || row.health_printer_json === null) return null;
  const printer = PrinterHealth.safeParse(JSON.parse(row.health_printer_json));
  const model = PrinterModel.safeParse(row.health_printer_model);
  const connectivity = Connectivity.safeParse(
    row.health_connectivity_json === null ? null : JSON.parse(row.health_connectivity_json),
  );
  return printer.success
    ? {
        printer: printer.data,
        printerModel: model.success ? model.data : null,
        connectivity: connectivity.success ? connectivity.data : null,
        reportedAt: row.health_reported_at,
      }
    : null;
}

/** Devices with their latest health report. */
const deviceSelect = `SELECT d.*, h.reported_at AS health_reported_at, h.printer_json AS health_printer_json,
    h.printer_model AS health_printer_model, h.connectivity_json AS health_connectivity_json
  FROM devices d LEFT JOIN device_health h ON h.device_id = d.id`;

const toCode = (row: CodeRow): EnrolmentCodeRecord => ({
  codeHash: row.code_hash,
  role: row.role as DeviceRole,
  name: row.name,
  expiresAt: row.expires_at,
  usedAt: row.used_at,
  createdBy: row.created_by,
});

const isUniqueViolation = (error: unknown) =>
  (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';

/** The auth store over an open, migrated hub database (see hubDatabase.ts); it does not close it. */
export function createSqliteAuthStore(db: Database.Database): AuthStore {
  const sql = {
    userById: db.prepare('SELECT * FROM staff_users WHERE id = ?'),
    userByName: db.prepare('SELECT * FROM staff_users WHERE username = ?'),
    users: db.prepare('SELECT * FROM staff_users ORDER BY username'),
    insertUser: db.prepare(
      `INSERT INTO staff_users (id, username, display_name, role, password_hash, disabled, created_at,
         failed_logins, locked_until)
       VALUES (@id, @username, @displayName, @role, @passwordHash, @disabled, @createdAt, @failedLogins,
         @lockedUntil)`,
    ),
    disableUser: db.prepare('UPDATE staff_users SET disabled = 1 WHERE id = ?'),
    loginFailures: db.prepare('UPDATE staff_users SET failed_logins = ?, locked_until = ? WHERE id = ?'),
    insertSession: db.prepare(
      `INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, revoked)
       VALUES (@id, @userId, @createdAt, @lastSeenAt, @expiresAt, @revoked)`,
    ),
    session: db.prepare('SELECT * FROM sessions WHERE id = ?'),
    touchSession: db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?'),
    revokeSession: db.prepare('UPDATE sessions SET revoked = 1 WHERE id = ?'),
    revokeUserSessions: db.prepare('UPDATE sessions SET revoked = 1 WHERE user_id = ? AND revoked = 0'),
    insertCode: db.prepare(
      `INSERT INTO enrolment_codes (code_hash, role, name, expires_at, used_at, created_by)
       VALUES (@codeHash, @role, @name, @expiresAt, @usedAt, @createdBy)`,
    ),
    code: db.prepare('SELECT * FROM enrolment_codes WHERE code_hash = ?'),
    useCode: db.prepare(
      'UPDATE enrolment_codes SET used_at = ?, device_id = ? WHERE code_hash = ? AND used_at IS NULL',
    ),
    insertDevice: db.prepare(
      `INSERT INTO devices (id, name, role, token_hash, disabled, enrolled_at, last_seen_at)
       VALUES (@id, @name, @role, @tokenHash, @disabled, @enrolledAt, @lastSeenAt)`,
    ),
    deviceById: db.prepare(`${deviceSelect} WHERE d.id = ?`),
    deviceByToken: db.prepare(`${deviceSelect} WHERE d.token_hash = ?`),
    devices: db.prepare(`${deviceSelect} ORDER BY d.enrolled_at, d.id`),
    disableDevice: db.prepare('UPDATE devices SET disabled = 1 WHERE id = ?'),
    touchDevice: db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?'),
    saveHealth: db.prepare(
      `INSERT INTO device_health (device_id, reported_at, printer_json, printer_model, connectivity_json)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (device_id) DO UPDATE SET reported_at = excluded.reported_at,
         printer_json = excluded.printer_json, printer_model = excluded.printer_model,
         connectivity_json = excluded.connectivity_json`,
    ),
    outOfService: db.prepare(
      'UPDATE devices SET out_of_service_message = ?, out_of_service_since = ? WHERE id = ?',
    ),
  };
  const bool = (value: boolean) => (value ? 1 : 0);

  return {
    findUserById: (id) => {
      const row = sql.userById.get(id) as UserRow | undefined;
      return row && toUser(row);
    },
    findUserByUsername: (username) => {
      const row = sql.userByName.get(username) as UserRow | undefined;
      return row && toUser(row);
    },
    listUsers: () => (sql.users.all() as UserRow[]).map(toUser),
    insertUser(user) {
      try {
        sql.insertUser.run({ ...user, disabled: bool(user.disabled) });
      } catch (error) {
        if (isUniqueViolation(error))
          throw new UsernameTakenError(`the username "${user.username}" is taken`);
        throw error;
      }
    },
    disableUser: db.transaction((id: string) => {
      sql.disableUser.run(id);
      sql.revokeUserSessions.run(id);
    }),
    setLoginFailures(id, failedLogins, lockedUntil) {
      sql.loginFailures.run(failedLogins, lockedUntil, id);
    },
    insertSession(session) {
      sql.insertSession.run({ ...session, revoked: bool(session.revoked) });
    },
    findSession: (id) => {
      const row = sql.session.get(id) as SessionRow | undefined;
      return row && toSession(row);
    },
    touchSession(id, lastSeenAt) {
      sql.touchSession.run(lastSeenAt, id);
    },
    revokeSession(id) {
      sql.revokeSession.run(id);
    },
    revokeUserSessions(userId) {
      sql.revokeUserSessions.run(userId);
    },
    insertEnrolmentCode(code) {
      sql.insertCode.run(code);
    },
    redeemEnrolmentCode(codeHash, at, makeDevice) {
      return db
        .transaction(() => {
          const row = sql.code.get(codeHash) as CodeRow | undefined;
          if (!row || row.used_at !== null || row.expires_at <= at) return undefined;
          const device = makeDevice(toCode(row));
          const { health: _none, outOfService: _notYet, ...columns } = device;
          sql.insertDevice.run({ ...columns, disabled: bool(device.disabled) });
          sql.useCode.run(at, device.id, codeHash);
          return device;
        })
        .immediate();
    },
    findDeviceById: (id) => {
      const row = sql.deviceById.get(id) as DeviceRow | undefined;
      return row && toDevice(row);
    },
    findDeviceByTokenHash: (tokenHash) => {
      const row = sql.deviceByToken.get(tokenHash) as DeviceRow | undefined;
      return row && toDevice(row);
    },
    listDevices: () => (sql.devices.all() as DeviceRow[]).map(toDevice),
    disableDevice(id) {
      sql.disableDevice.run(id);
    },
    touchDevice(id, lastSeenAt) {
      sql.touchDevice.run(lastSeenAt, id);
    },
    saveDeviceHealth(id, health) {
      sql.saveHealth.run(
        id,
        health.reportedAt,
        JSON.stringify(health.printer),
        health.printerModel,
        health.connectivity === null ? null : JSON.stringify(health.connectivity),
      );
    },
    setOutOfService(id, outOfService) {
      sql.outOfService.run(outOfService?.message ?? null, outOfService?.since ?? null, id);
    },
  };
}
