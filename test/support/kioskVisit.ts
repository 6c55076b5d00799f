// A kiosk visitor's takeTicket input: a fresh request id, English, no interpreter or access needs.
import { randomUUID } from 'node:crypto';
import type { TakeTicketInput } from '../../machines/contracts/index.js';

export function kioskVisit(serviceId = 'utility-bills'): TakeTicketInput {
  return {
    requestId: randomUUID(),
    serviceId,
    language: 'en',
    needs: { interpreter: null, accessibility: [] },
  };
}
