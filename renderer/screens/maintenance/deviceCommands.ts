// Commands facilities send to a kiosk (test print, reprint, clear fault): sending one, re-reading the ones still
// pending, and the sentence that says what became of each (never colour alone).
import type { Device } from '../../../machines/contracts/auth.js';
import type { DeviceCommand, DeviceCommandRequest } from '../../../machines/contracts/deviceCare.js';
import { HubError } from '../../../machines/contracts/hubClient.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { t } from './maintenanceText.js';

/** How often pending commands are read again while any is still pending. */
export const commandRefreshMs = 3_000;

/** A command this screen sent, with the kiosk's name to say it by. */
export interface TrackedCommand {
  command: DeviceCommand;
  deviceName: string;
}

/** What sending a command ended with: the hub's queued command, or the sentence saying why it was not sent. */
export type SendResult = { ok: true; tracked: TrackedCommand } | { ok: false; text: string };

/** The hub's own sentence for a refusal, or "check the network" when it did not answer. */
export function hubReason(error: unknown): string {
  return error instanceof HubError && error.code !== 'internal' && error.message
    ? error.message
    : t('command.checkNetwork');
}

const actionName = (request: DeviceCommandRequest) => t(`command.kind.${request.kind}`);

export async function sendDeviceCommand(
  bridge: HubBridge,
  device: Pick<Device, 'id' | 'name'>,
  request: DeviceCommandRequest,
): Promise<SendResult> {
  try {
    const command = await bridge.call('queueDeviceCommand', {
      params: { deviceId: device.id },
      body: request,
    });
    return { ok: true, tracked: { command, deviceName: device.name } };
  } catch (error) {
    const text = t('command.sendFailed', {
      action: actionName(request),
      name: device.name,
      reason: hubReason(error),
    });
    return { ok: false, text };
  }
}

export const isPending = (tracked: TrackedCommand) => tracked.command.status === 'pending';

/** `tracked` with each command replaced by its newer copy from `fetched`, when the hub sent one. */
export function mergeCommands(tracked: TrackedCommand[], fetched: DeviceCommand[]): TrackedCommand[] {
  const byId = new Map(fetched.map((c) => [c.id, c]));
  return tracked.map((entry) => {
    const newer = byId.get(entry.command.id);
    return newer ? { ...entry, command: newer } : entry;
  });
}

/** Reads each kiosk with a pending command once; a kiosk whose read fails keeps its commands as they were. */
export async function refreshPending(
  bridge: HubBridge,
  tracked: TrackedCommand[],
): Promise<TrackedCommand[]> {
  const deviceIds = [...new Set(tracked.filter(isPending).map((e) => e.command.deviceId))];
  const lists = await Promise.all(
    deviceIds.map((deviceId) =>
      bridge.call('listDeviceCommands', { params: { deviceId } }).then(
        (list) => list.commands,
        () => [],
      ),
    ),
  );
  return mergeCommands(tracked, lists.flat());
}

/** "Test print on Lobby kiosk: done. Printed", or pending / failed / expired in the same plain words. */
export function commandSentence({ command, deviceName }: TrackedCommand): string {
  const values = {
    action: actionName(command.request),
    name: deviceName,
    detail: command.detail ?? t('command.noDetail'),
  };
  return t(`command.${command.status}`, values);
}
