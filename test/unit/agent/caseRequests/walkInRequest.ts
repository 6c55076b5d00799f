// A visitor's walk-in request as the kiosk flow sends it: a fresh request id, a pothole with its one required
// answer, and contact details and a description recognisable in the kiosk's files (tests look for them).
import { randomUUID } from 'node:crypto';
import type { SubmitRequestInput } from '../../../../machines/contracts/index.js';

export const personal = {
  email: 'visitor.secret@example.org',
  phone: '+1 503 555 0199',
  description: 'Deep hole by the blue mailbox, secret-description-marker',
};

export function walkInRequest(changes: Partial<SubmitRequestInput> = {}): SubmitRequestInput {
  return {
    requestId: randomUUID(),
    serviceCode: 'pothole',
    answers: { size: 'large' },
    location: { kind: 'address', address: '1900 SW 4th Ave' },
    description: personal.description,
    contact: { email: personal.email, phone: personal.phone },
    language: 'en',
    capturedAt: '2026-11-26T18:00:00.000Z',
    ...changes,
  };
}
