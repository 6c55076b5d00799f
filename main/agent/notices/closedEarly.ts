// The refusal for a ticket while a "closing early" notice stops its service: the same `service-closed` answer
// the hub gives, so the kiosk screen explains it the same way (with the notice's own text) online or offline.
import { KioskRefusal } from '../apiErrors.js';

export const closedEarly = (): KioskRefusal =>
  new KioskRefusal(
    409,
    'service-closed',
    'This service stopped issuing tickets early today; see the notice.',
  );
