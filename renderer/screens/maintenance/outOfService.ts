// Taking a kiosk out of service (a visitor-facing message of 1–280 characters) and putting it back, over the hub.
import type { Device } from '../../../machines/contracts/auth.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { hubReason } from './deviceCommands.js';
import { t } from './maintenanceText.js';

/** The longest message a kiosk shows (the contract's limit). */
export const outOfServiceMaxLength = 280;

export type OutOfServiceProblem = 'empty' | 'tooLong';

/** What is wrong with a message before it is sent, or null when it can go. */
export function outOfServiceProblem(message: string): OutOfServiceProblem | null {
  const trimmed = message.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > outOfServiceMaxLength) return 'tooLong';
  return null;
}

/** The result of a submit: refused at the screen, refused or failed at the hub, or done. */
export type OutOfServiceResult =
  | { kind: 'invalid'; problem: OutOfServiceProblem }
  | { kind: 'failed'; text: string }
  | { kind: 'done'; text: string };

/** Sends the message unless it has a problem (then the hub is not called). */
export async function takeOutOfService(
  bridge: HubBridge,
  device: Pick<Device, 'id' | 'name'>,
  message: string,
): Promise<OutOfServiceResult> {
  const problem = outOfServiceProblem(message);
  if (problem) return { kind: 'invalid', problem };
  try {
    await bridge.call('setOutOfService', {
      params: { deviceId: device.id },
      body: { message: message.trim() },
    });
    return { kind: 'done', text: t('outOfService.done', { name: device.name }) };
  } catch (error) {
    return {
      kind: 'failed',
      text: t('outOfService.error.failed', { name: device.name, reason: hubReason(error) }),
    };
  }
}

export async function putBackInService(
  bridge: HubBridge,
  device: Pick<Device, 'id' | 'name'>,
): Promise<{ ok: boolean; text: string }> {
  try {
    await bridge.call('setOutOfService', { params: { deviceId: device.id }, body: { message: null } });
    return { ok: true, text: t('outOfService.backDone', { name: device.name }) };
  } catch (error) {
    return { ok: false, text: t('outOfService.backFailed', { name: device.name, reason: hubReason(error) }) };
  }
}

/** "You have 12 characters remaining" or "You have 3 characters too many". */
export function characterCount(message: string): string {
  const left = outOfServiceMaxLength - message.trim().length;
  return left >= 0 ? t('outOfService.remaining', { count: left }) : t('outOfService.over', { count: -left });
}
