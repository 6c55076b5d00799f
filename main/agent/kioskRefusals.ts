// Why the kiosk agent refuses a visitor's call: not enrolled, refused by the hub, or taken out of service.
import type { OutOfService } from '../../machines/contracts/index.js';
import { KioskRefusal } from './apiErrors.js';
import type { DeviceState } from './deviceCredential.js';

export const refusedByHub = (): KioskRefusal =>
  new KioskRefusal(
    401,
    'unauthenticated',
    'This kiosk is out of service: the hub no longer accepts it (disabled or revoked). Staff: enrol it again.',
  );

/** The refusal for a credential state, or null when the hub accepts this kiosk. */
export function refusalFor(state: DeviceState): KioskRefusal | null {
  if (state === 'not-enrolled') {
    return new KioskRefusal(
      401,
      'unauthenticated',
      'This kiosk is out of service: it is not enrolled with the hub. Staff: enrol it with a code from /maintenance.',
    );
  }
  return state === 'disabled' ? refusedByHub() : null;
}

/** Facilities took the kiosk out of service: 503 with their message for visitors. */
export const outOfServiceRefusal = (notice: OutOfService): KioskRefusal =>
  new KioskRefusal(503, 'unavailable', `This kiosk is out of service: ${notice.message}`);
