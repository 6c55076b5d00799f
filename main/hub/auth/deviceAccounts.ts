// Devices: one-time enrolment codes, enrolment into a hashed bearer token, lookup, listing (with the latest
// health report, connectivity and out-of-service notice), health reports, out of service and disabling.
import { randomBytes } from 'node:crypto';
import type {
  Connectivity,
  Device,
  DeviceRole,
  EnrolmentCode,
  Principal,
  PrinterHealth,
  PrinterModel,
} from '../../../machines/contracts/index.js';
import type { DeviceRecord } from '../store/authStore.js';
import type { AuthDeps } from './authDeps.js';
import { AuthError } from './authError.js';
import { newEnrolmentCode, newToken, normaliseEnrolmentCode, tokenHash } from './tokens.js';

/** How long an enrolment code stays usable. */
export const enrolmentCodeLifetimeMs = 15 * 60_000;
/** last_seen_at is written at most this often per device. */
const touchEveryMs = 60_000;

export const invalidCodeMessage =
  'This enrolment code does not work: it may be mistyped, already used or expired. Ask facilities for a new one.';

export type DevicePrincipal = Extract<Principal, { kind: 'device' }>;

export const toDevice = (device: DeviceRecord): Device => ({
  id: device.id,
  name: device.name,
  role: device.role,
  disabled: device.disabled,
  enrolledAt: device.enrolledAt,
  lastSeenAt: device.lastSeenAt,
  health: device.health,
  outOfService: device.outOfService,
});

/**
 * The kiosk's outages as far as a report tells: the current one (offlineSince) and the last one that ended, so a
 * kiosk that went offline and came back between two reports still counts as a change. No report: online.
 */
const outagesOf = (connectivity: Connectivity | null) =>
  `${connectivity?.offlineSince ?? 'online'}/${connectivity?.lastOutageSeconds ?? 'none'}`;

const noSuchDevice = () => new AuthError('not-found', 'There is no device with that id: reload the list.');

export function createDeviceAccounts(deps: AuthDeps) {
  const { store } = deps;
  return {
    /** A new one-time code for enrolling a device of `role`; only its hash is stored. */
    createEnrolmentCode(input: { role: DeviceRole; name: string }, createdBy: string): EnrolmentCode {
      const code = newEnrolmentCode();
      const expiresAt = new Date(deps.now().getTime() + enrolmentCodeLifetimeMs).toISOString();
      store.insertEnrolmentCode({
        codeHash: tokenHash(code),
        role: input.role,
        name: input.name,
        expiresAt,
        usedAt: null,
        createdBy,
      });
      return { code, role: input.role, name: input.name, expiresAt };
    },

    /** Redeems a code once: the new device and its token (shown once, only its hash is stored). */
    enrol(typedCode: string): { device: Device; token: string } {
      const code = normaliseEnrolmentCode(typedCode);
      if (!code) throw new AuthError('unauthenticated', invalidCodeMessage);
      const token = newToken();
      const at = deps.now().toISOString();
      const device = store.redeemEnrolmentCode(tokenHash(code), at, (entry) => ({
        id: `${entry.role}-${randomBytes(4).toString('hex')}`,
        name: entry.name,
        role: entry.role,
        tokenHash: tokenHash(token),
        disabled: false,
        enrolledAt: at,
        lastSeenAt: null,
        health: null,
        outOfService: null,
      }));
      if (!device) throw new AuthError('unauthenticated', invalidCodeMessage);
      return { device: toDevice(device), token };
    },

    /** The enrolled, enabled device holding `token`, or null. */
    resolve(token: string): { principal: DevicePrincipal } | null {
      const device = store.findDeviceByTokenHash(tokenHash(token));
      if (!device || device.disabled) return null;
      const now = deps.now();
      if (
        device.lastSeenAt === null ||
        now.getTime() - new Date(device.lastSeenAt).getTime() >= touchEveryMs
      ) {
        store.touchDevice(device.id, now.toISOString());
      }
      return { principal: { kind: 'device', deviceId: device.id, name: device.name, role: device.role } };
    },

    list: (): Device[] => store.listDevices().map(toDevice),

    /**
     * Keeps `printer` and `connectivity` as the device's latest health report, received now; true when the
     * printer's state or fault differs from the previous report (or there was none), or the kiosk went offline
     * or came back online, so that only changes are audited.
     */
    reportHealth(
      deviceId: string,
      printer: PrinterHealth,
      printerModel: PrinterModel | null,
      connectivity: Connectivity | null = null,
    ): boolean {
      const before = store.findDeviceById(deviceId)?.health;
      const reportedAt = deps.now().toISOString();
      store.saveDeviceHealth(deviceId, { printer, printerModel, connectivity, reportedAt });
      const printerChanged =
        before?.printer.state !== printer.state || before.printer.fault !== printer.fault;
      return printerChanged || outagesOf(before?.connectivity ?? null) !== outagesOf(connectivity);
    },

    /** Takes a kiosk out of service with a visitor-facing `message`, or (null) puts it back in service. */
    setOutOfService(deviceId: string, message: string | null): Device {
      const device = store.findDeviceById(deviceId);
      if (!device) throw noSuchDevice();
      const outOfService =
        message === null ? null : { message, since: device.outOfService?.since ?? deps.now().toISOString() };
      store.setOutOfService(device.id, outOfService);
      return toDevice({ ...device, outOfService });
    },

    /** Disables a device: its token stops working at once and its open streams close. */
    disable(deviceId: string): Device {
      const device = store.findDeviceById(deviceId);
      if (!device) throw noSuchDevice();
      store.disableDevice(device.id);
      deps.revoked({ deviceId: device.id });
      return toDevice({ ...device, disabled: true });
    },
  };
}

export type DeviceAccounts = ReturnType<typeof createDeviceAccounts>;
