// The case_requests row as SQLite holds it, turned into a StoredCaseRequest; and the purge's column changes.
import type {
  AttributeAnswers,
  CaseRequestState,
  DeliveryError,
  RequestContact,
  RequestLocation,
  ReviewReason,
} from '../../../machines/contracts/caseRequests.js';
import type { StoredCaseRequest } from '../cases/caseRequestStore.js';

export interface CaseRequestRow {
  id: string;
  local_reference: string;
  status_token: string;
  service_code: string;
  channel: 'kiosk' | 'desk';
  device_id: string | null;
  staff_user_id: string | null;
  ticket_id: string | null;
  language: string;
  captured_at: string;
  received_at: string;
  state: CaseRequestState;
  answers_json: string | null;
  location_json: string | null;
  description: string | null;
  contact_json: string | null;
  case_id: string | null;
  service_notice: string | null;
  token: string | null;
  attempts: number;
  next_attempt_at: string | null;
  uncertain: 0 | 1;
  first_attempt_at: string | null;
  last_error_json: string | null;
  review_reason: ReviewReason | null;
  duplicate_case_ids_json: string;
  delivered_at: string | null;
  purged_at: string | null;
  withdrawn_reason: string | null;
  /** Digest of the content as first submitted (compares a retry); null once purged. */
  fingerprint: string | null;
}

const parsed = <T>(json: string | null): T | null => (json === null ? null : (JSON.parse(json) as T));

/** A stored location with nothing in it (a typed address purged) reads as null. */
function locationOf(json: string | null): RequestLocation | null {
  const location = parsed<Partial<RequestLocation>>(json);
  return location?.kind === undefined ? null : (location as RequestLocation);
}

export function toStoredCaseRequest(row: CaseRequestRow): StoredCaseRequest {
  return {
    id: row.id,
    localReference: row.local_reference,
    statusToken: row.status_token,
    serviceCode: row.service_code,
    channel: row.channel,
    deviceId: row.device_id,
    staffUserId: row.staff_user_id,
    ticketId: row.ticket_id,
    language: row.language,
    capturedAt: row.captured_at,
    receivedAt: row.received_at,
    state: row.state,
    answers: parsed<AttributeAnswers>(row.answers_json),
    location: locationOf(row.location_json),
    description: row.description,
    contact: parsed<RequestContact>(row.contact_json),
    caseId: row.case_id,
    serviceNotice: row.service_notice,
    token: row.token,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    uncertain: row.uncertain === 1,
    firstAttemptAt: row.first_attempt_at,
    lastError: parsed<DeliveryError>(row.last_error_json),
    reviewReason: row.review_reason,
    duplicateCaseIds: parsed<string[]>(row.duplicate_case_ids_json) ?? [],
    deliveredAt: row.delivered_at,
    purgedAt: row.purged_at,
    withdrawnReason: row.withdrawn_reason,
  };
}

/**
 * The SET clause that purges a request's personal data: contact, description and answers gone, a typed address
 * emptied ("here" names the building, not the visitor, and stays).
 */
export const purgeColumns = `contact_json = NULL, description = NULL, answers_json = NULL,
  fingerprint = NULL,
  location_json = CASE WHEN json_extract(location_json, '$.kind') = 'here' THEN location_json ELSE '{}' END,
  purged_at = @at`;
