// What the agent knows about its own device credential: the Bearer header for hub calls and whether the hub
// still accepts it (a 401 means the device was disabled or its credential revoked: the kiosk is out of service).
import { HubError, type KioskStatus } from '../../machines/contracts/index.js';
import type { AgentCredential } from './settings.js';

export type DeviceState = KioskStatus['device'];

export interface DeviceCredential {
  readonly deviceId: string;
  state(): DeviceState;
  /** `authorization: Bearer <token>` for every hub request; empty before enrolment. */
  headers(): Record<string, string>;
  /** Looks at a failed hub call: a 401 marks the credential refused. Returns true when it did. */
  noteFailure(err: unknown): boolean;
  /** A hub call made with the credential succeeded. */
  noteAccepted(): void;
}

/**
 * `onRefused` runs once each time the hub starts refusing the credential (for one log line: it is never given
 * the token).
 */
export function createDeviceCredential(
  stored: AgentCredential | null,
  fallbackDeviceId: string,
  onRefused?: () => void,
): DeviceCredential {
  let refused = false;
  return {
    deviceId: stored?.deviceId ?? fallbackDeviceId,
    state: () => (stored === null ? 'not-enrolled' : refused ? 'disabled' : 'enrolled'),
    headers: (): Record<string, string> =>
      stored === null ? {} : { authorization: `Bearer ${stored.token}` },
    noteFailure(err) {
      if (stored === null || !(err instanceof HubError) || err.status !== 401) return false;
      if (!refused) onRefused?.();
      refused = true;
      return true;
    },
    noteAccepted() {
      refused = false;
    },
  };
}
