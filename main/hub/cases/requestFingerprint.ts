// The digest that tells a retry of a request from a different request sent under the same id: everything the
// caller submitted (not the status token, not the hand-over flag), with object keys in a fixed order.
import { createHash } from 'node:crypto';
import type { SubmitCaseRequestBody } from '../../../machines/contracts/caseRequests.js';

export function requestFingerprint(
  body: SubmitCaseRequestBody,
  caller: { channel: 'kiosk' | 'desk'; deviceId: string | null },
): string {
  const content = {
    channel: caller.channel,
    deviceId: caller.deviceId,
    serviceCode: body.serviceCode,
    answers: body.answers,
    location: body.location,
    description: body.description,
    contact: body.contact,
    language: body.language,
    capturedAt: new Date(body.capturedAt).toISOString(),
    ticketId: body.ticketId ?? null,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('base64url');
}

/** JSON with object keys sorted, so that two equal answers compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
