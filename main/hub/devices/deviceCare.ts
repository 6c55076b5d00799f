// Facilities' care of kiosks: queued commands (test print, reprint, clear a fault) and their results, the
// out-of-service notice, and what a kiosk fetches on its schedule (commands, notice, the other kiosks).
import type Database from 'better-sqlite3';
import type {
  CompleteCommandBody,
  Device,
  DeviceCommand,
  DeviceCommandList,
  DeviceCommandRequest,
  DeviceInstructions,
} from '../../../machines/contracts/index.js';
import type { DeviceAccounts } from '../auth/deviceAccounts.js';
import { QueueError } from '../queue/queueError.js';
import { commandListLimit, maxPendingCommands, visibleStatus } from './commandRules.js';
import { type CommandRecord, createCommandStore } from './commandStore.js';
import { createTicketLookups } from './ticketLookups.js';

/** A health report older than this no longer says the kiosk can print. */
export const healthFreshMs = 15 * 60_000;

export interface DeviceCareDeps {
  db: Database.Database;
  devices: DeviceAccounts;
  now: () => Date;
  newId: () => string;
}

const notIssuedAtKiosk =
  'This ticket was not issued at a kiosk (a walk-in or a desk ticket), so no kiosk can reprint it: print or ' +
  'write the number at the desk instead.';

/** True when a kiosk can print now by its latest report (fresh, printer able) and is in service. */
export function canPrintNow(device: Device, now: Date): boolean {
  const health = device.health;
  if (!health || device.outOfService) return false;
  return health.printer.canPrint && now.getTime() - Date.parse(health.reportedAt) <= healthFreshMs;
}

export function createDeviceCare(deps: DeviceCareDeps) {
  const commands = createCommandStore(deps.db);
  const tickets = createTicketLookups(deps.db);

  const toContract = (record: CommandRecord, now: Date): DeviceCommand => ({
    id: record.id,
    deviceId: record.deviceId,
    request: record.request,
    status: visibleStatus(record, now),
    requestedAt: record.requestedAt,
    requestedBy: record.requestedBy,
    completedAt: record.completedAt,
    detail: record.detail,
  });

  function findDevice(deviceId: string): Device {
    const device = deps.devices.list().find((d) => d.id === deviceId);
    if (!device) throw new QueueError('not-found', 'There is no device with that id: reload the list.');
    return device;
  }

  function requireKiosk(deviceId: string): Device {
    const device = findDevice(deviceId);
    if (device.role !== 'kiosk') {
      throw new QueueError('wrong-state', `${device.name} is a display: only kiosks take commands.`);
    }
    return device;
  }

  function queueFor(device: Device, request: DeviceCommandRequest, requestedBy: string): DeviceCommand {
    if (device.disabled) {
      throw new QueueError(
        'wrong-state',
        `${device.name} is disabled: enrol it again before sending it commands.`,
      );
    }
    const now = deps.now();
    const record = {
      id: deps.newId(),
      deviceId: device.id,
      request,
      requestedAt: now.toISOString(),
      requestedBy,
    };
    if (!commands.insert(record, now, maxPendingCommands)) {
      throw new QueueError(
        'rate-limited',
        `${device.name} already has ${maxPendingCommands} commands waiting: check that it is on, wait for it ` +
          'to catch up, then try again.',
      );
    }
    const stored: CommandRecord = {
      ...record,
      status: 'pending',
      fetchedAt: null,
      completedAt: null,
      detail: null,
    };
    return { ...toContract(stored, now), deviceName: device.name };
  }

  return {
    /** Queues `request` for the kiosk `deviceId` (enabled kiosks only, at most 20 waiting). */
    queueCommand(deviceId: string, request: DeviceCommandRequest, requestedBy: string): DeviceCommand {
      return queueFor(requireKiosk(deviceId), request, requestedBy);
    },

    /** The device's newest commands, newest first. */
    listCommands(deviceId: string): DeviceCommandList {
      const { name } = findDevice(deviceId);
      const now = deps.now();
      const recent = commands.recent(deviceId, commandListLimit, now);
      return { commands: recent.map((c) => ({ ...toContract(c, now), deviceName: name })) };
    },

    /** Takes a kiosk out of service with `message`, or (null) puts it back. */
    setOutOfService(deviceId: string, message: string | null): Device {
      requireKiosk(deviceId);
      return deps.devices.setOutOfService(deviceId, message);
    },

    /** What the calling kiosk should do now; the commands handed out are marked fetched. */
    instructions(deviceId: string): DeviceInstructions {
      const now = deps.now();
      const all = deps.devices.list();
      const self = all.find((d) => d.id === deviceId);
      return {
        commands: commands
          .fetchDue(deviceId, now)
          .map((c) => ({ ...toContract(c, now), deviceName: self?.name ?? deviceId })),
        outOfService: self?.outOfService ?? null,
        otherKiosks: all
          .filter((d) => d.role === 'kiosk' && !d.disabled && d.id !== deviceId)
          .map((d) => ({ name: d.name, canPrint: canPrintNow(d, now) }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      };
    },

    /** The calling kiosk's result for one of its commands: once only, and not after it expired. */
    complete(deviceId: string, commandId: string, result: CompleteCommandBody): DeviceCommand {
      return deps.db.transaction(() => {
        const now = deps.now();
        const command = commands.find(commandId, now);
        if (!command || command.deviceId !== deviceId) {
          throw new QueueError(
            'not-found',
            'This kiosk has no command with that id: fetch instructions again.',
          );
        }
        if (command.status === 'expired') {
          throw new QueueError(
            'wrong-state',
            'This command expired before it was finished: staff may send it again.',
          );
        }
        if (!commands.complete(commandId, result, now)) {
          throw new QueueError(
            'conflict',
            'This command was already reported finished: do not report it twice.',
          );
        }
        const status = result.ok ? 'done' : 'failed';
        const completed = {
          ...command,
          status,
          completedAt: now.toISOString(),
          detail: result.detail,
        } as const;
        return { ...toContract(completed, now), deviceName: findDevice(deviceId).name };
      })();
    },

    /** Asks the kiosk that issued `ticketId` to print it again. */
    reprint(ticketId: string, requestedBy: string): DeviceCommand {
      const issuer = tickets.issuingDeviceOf(ticketId);
      const device = issuer === null ? undefined : deps.devices.list().find((d) => d.id === issuer);
      if (device?.role !== 'kiosk') throw new QueueError('not-found', notIssuedAtKiosk);
      return queueFor(device, { kind: 'reprintTicket', ticketId }, requestedBy);
    },
  };
}

export type DeviceCare = ReturnType<typeof createDeviceCare>;
