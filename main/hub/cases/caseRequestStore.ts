// What the hub's request routes need from storage: walk-in requests as stored (each row is also its own outbox
// entry), idempotent insert, the review actions, the personal-data purge and the outbox figures. The SQLite
// implementation lives in store/sqliteCaseRequests.ts; a PostgreSQL one would implement the same interface.
import type {
  AttributeAnswers,
  CaseRequestState,
  DeliveryError,
  RequestContact,
  RequestLocation,
  ReviewReason,
} from '../../../machines/contracts/caseRequests.js';

/** A request as stored. `answers`, `location`, `description` and `contact` are null once purged. */
export interface StoredCaseRequest {
  id: string;
  localReference: string;
  statusToken: string;
  serviceCode: string;
  channel: 'kiosk' | 'desk';
  deviceId: string | null;
  staffUserId: string | null;
  ticketId: string | null;
  language: string;
  capturedAt: string;
  receivedAt: string;
  state: CaseRequestState;
  answers: AttributeAnswers | null;
  location: RequestLocation | null;
  description: string | null;
  contact: RequestContact | null;
  caseId: string | null;
  serviceNotice: string | null;
  token: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  uncertain: boolean;
  firstAttemptAt: string | null;
  lastError: DeliveryError | null;
  reviewReason: ReviewReason | null;
  duplicateCaseIds: string[];
  deliveredAt: string | null;
  purgedAt: string | null;
  withdrawnReason: string | null;
}

/** A request to record: queued (due at once) or straight to review (content refused on a kiosk hand-over). */
export interface NewCaseRequest {
  id: string;
  statusToken: string;
  serviceCode: string;
  channel: 'kiosk' | 'desk';
  deviceId: string | null;
  staffUserId: string | null;
  ticketId: string | null;
  language: string;
  capturedAt: string;
  receivedAt: string;
  answers: AttributeAnswers;
  location: RequestLocation;
  description: string;
  contact: RequestContact | null;
  state: 'queued' | 'review';
  reviewReason: ReviewReason | null;
  /** Digest of the content as submitted (requestFingerprint.ts): a retry must carry the same. */
  fingerprint: string;
}

/**
 * created: committed now; existing: the same request was stored before (a retry or hand-over);
 * conflict: the id (or the kiosk's status token) is taken by a different request.
 */
export type InsertOutcome =
  | { kind: 'created'; request: StoredCaseRequest }
  | { kind: 'existing'; request: StoredCaseRequest }
  | { kind: 'conflict' };

/** The outcome of a review action: done, no such request, or not in a state that allows it. */
export type ReviewOutcome =
  | { kind: 'done'; request: StoredCaseRequest }
  | { kind: 'not-found' }
  | { kind: 'wrong-state'; state: CaseRequestState };

export interface RequestContent {
  serviceCode: string;
  answers: AttributeAnswers;
  location: RequestLocation;
  description: string;
}

export interface OutboxFigures {
  /** queued + awaiting-case-number. */
  pending: number;
  /** Capture time of the oldest pending request. */
  oldestPendingAt: string | null;
  /** Requests in review, oldest first. */
  review: StoredCaseRequest[];
  /** Requests the case store holds more than once, most recently received first (at most 50). */
  duplicates: StoredCaseRequest[];
}

export interface CaseRequestStore {
  /** Records the request in one transaction; idempotent on id (see InsertOutcome). */
  insert(request: NewCaseRequest): InsertOutcome;
  byId(id: string): StoredCaseRequest | undefined;
  byStatusToken(statusToken: string): StoredCaseRequest | undefined;
  /** True when a visit (ticket) with this id exists. */
  ticketExists(ticketId: string): boolean;
  /** review → queued with the corrected content, attempts 0, due at `at`. */
  edit(id: string, content: RequestContent, at: Date): ReviewOutcome;
  /** review → queued as it is, attempts 0, due at `at`. */
  retry(id: string, at: Date): ReviewOutcome;
  /** review or queued → withdrawn; its personal data is purged in the same transaction. */
  withdraw(id: string, reason: string, at: Date): ReviewOutcome;
  /**
   * Purges contact, description, answers and a typed address of delivered requests delivered at least
   * `personalDataDays` before `now` (0: every delivered request); returns how many were purged.
   */
  purgeDelivered(now: Date, personalDataDays: number): number;
  outboxFigures(): OutboxFigures;
}
