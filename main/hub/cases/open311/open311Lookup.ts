// Finding our own cases again: GeoReport has no search by client id, so we list the service's requests around
// the capture time and keep those whose description carries our reference line or whose attributes (when the
// server returns them) carry our request id.
import type { OutgoingCaseRequest } from '../caseStore.js';
import { MalformedAnswer } from './open311Catalog.js';
import { CLIENT_ID_ATTRIBUTE, referenceLine } from './open311Form.js';
import { idText } from './tolerantJson.js';

const DAY_MS = 24 * 60 * 60 * 1000;

function w3cDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Query of `GET requests.json`: the service, from a day before capture to a day from now. */
export function lookupQuery(
  request: OutgoingCaseRequest,
  jurisdictionId: string | null,
  nowMs: number,
): URLSearchParams {
  const captured = Date.parse(request.capturedAt);
  const query = new URLSearchParams({
    service_code: request.serviceCode,
    start_date: w3cDate((Number.isNaN(captured) ? nowMs : captured) - DAY_MS),
    end_date: w3cDate(nowMs + DAY_MS),
  });
  if (jurisdictionId !== null) query.append('jurisdiction_id', jurisdictionId);
  return query;
}

/** Whether attributes (an object by code, or a list of {code|name, value}) hold our request id. */
function carriesRequestId(attributes: unknown, requestId: string): boolean {
  if (Array.isArray(attributes)) {
    return attributes.some((entry) => {
      const e = entry as { code?: unknown; name?: unknown; value?: unknown } | null;
      return (e?.code ?? e?.name) === CLIENT_ID_ATTRIBUTE && e?.value === requestId;
    });
  }
  if (attributes !== null && typeof attributes === 'object') {
    return (attributes as Record<string, unknown>)[CLIENT_ID_ATTRIBUTE] === requestId;
  }
  return false;
}

/**
 * The service_request_ids in a `requests.json` answer that belong to this request, without repeats; throws
 * MalformedAnswer when the answer is not a list (an empty result must never be guessed).
 */
export function matchingCaseIds(body: unknown, request: OutgoingCaseRequest): string[] {
  if (!Array.isArray(body)) throw new MalformedAnswer('the request list is not a JSON array');
  const line = referenceLine(request.localReference);
  const ids: string[] = [];
  for (const entry of body) {
    const e = entry as Record<string, unknown> | null;
    const id = idText(e?.service_request_id);
    if (id === null || ids.includes(id)) continue;
    const extended = e?.extended_attributes as Record<string, unknown> | null | undefined;
    const ours =
      (typeof e?.description === 'string' && e.description.includes(line)) ||
      carriesRequestId(e?.attributes, request.requestId) ||
      carriesRequestId(extended, request.requestId) ||
      carriesRequestId(extended?.attributes, request.requestId);
    if (ours) ids.push(id);
  }
  return ids;
}
