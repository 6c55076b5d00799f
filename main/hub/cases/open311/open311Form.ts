// Encodes an outgoing request as a GeoReport v2 `POST requests.json` form: location, description ending with
// our reference line, contact, the service's attributes (`attribute[CODE][]` for several values) and our own
// request id as `attribute[lobby311_request_id]`, so the case can be found again after a lost answer.
import type { OutgoingCaseRequest } from '../caseStore.js';

/** GeoReport's limit on `description`. */
export const DESCRIPTION_LIMIT = 4000;
/** The attribute carrying the hub's request id (a receiver may keep it as an external id). */
export const CLIENT_ID_ATTRIBUTE = 'lobby311_request_id';

/** The line ending every description we send; lookups search for it. */
export function referenceLine(localReference: string): string {
  return `Lobby 311 reference: ${localReference}`;
}

/** The visitor's text, cut to fit, then the reference line: never more than 4000 characters in all. */
export function describeWithReference(text: string, localReference: string): string {
  const line = referenceLine(localReference);
  const body = text.trim();
  if (body === '') return line;
  const room = DESCRIPTION_LIMIT - line.length - 2;
  let kept = body.length <= room ? body : body.slice(0, room);
  const last = kept.charCodeAt(kept.length - 1);
  if (kept.length < body.length && last >= 0xd800 && last <= 0xdbff) kept = kept.slice(0, -1);
  return `${kept}\n\n${line}`;
}

export function encodeRequestForm(
  request: OutgoingCaseRequest,
  settings: { apiKey: string | null; jurisdictionId: string | null },
): URLSearchParams {
  const form = new URLSearchParams();
  if (settings.apiKey !== null) form.append('api_key', settings.apiKey);
  if (settings.jurisdictionId !== null) form.append('jurisdiction_id', settings.jurisdictionId);
  form.append('service_code', request.serviceCode);
  const { lat, long, address } = request.location;
  if (lat !== undefined && long !== undefined) {
    form.append('lat', String(lat));
    form.append('long', String(long));
  }
  form.append('address_string', address);
  form.append('description', describeWithReference(request.description, request.localReference));
  const contact = request.contact;
  if (contact?.email) form.append('email', contact.email);
  if (contact?.firstName) form.append('first_name', contact.firstName);
  if (contact?.lastName) form.append('last_name', contact.lastName);
  if (contact?.phone) form.append('phone', contact.phone);
  for (const [code, answer] of Object.entries(request.answers)) {
    if (code === CLIENT_ID_ATTRIBUTE) continue;
    if (Array.isArray(answer)) {
      for (const value of answer) form.append(`attribute[${code}][]`, value);
    } else if (answer.trim() !== '') {
      form.append(`attribute[${code}]`, answer);
    }
  }
  form.append(`attribute[${CLIENT_ID_ATTRIBUTE}]`, request.requestId);
  return form;
}
