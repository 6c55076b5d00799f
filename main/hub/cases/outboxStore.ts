// What the delivery worker needs from storage: the due outbox entries and one committed write per step of a
// delivery. The SQLite implementation lives in store/; a PostgreSQL one would implement the same interface.
import type {
  CaseServiceType,
  DeliveryError,
  ReviewReason,
} from '../../../machines/contracts/caseRequests.js';
import type { OutgoingCaseRequest } from './caseStore.js';

export interface OutboxEntry {
  id: string;
  /** Built from the stored request, with "here" resolved to the site's address and coordinates. */
  request: OutgoingCaseRequest;
  /** From the catalog; null when the service is not in it (the case store decides). */
  serviceType: CaseServiceType | null;
  /** queued: send (or look up, then send); awaiting-case-number: poll `token`. */
  state: 'queued' | 'awaiting-case-number';
  attempts: number;
  token: string | null;
  /** A send may have reached the case store without us learning the answer: look it up before sending again. */
  uncertain: boolean;
  capturedAt: string;
}

export interface DeliveredResult {
  caseId: string | null;
  serviceNotice: string | null;
  /** Every case id found for the request when there is more than one. */
  duplicateCaseIds: string[];
}

export interface CaseOutboxStore {
  /** Entries due at `now`, oldest capture first, at most `limit`, skipping `busy` ids. */
  due(now: Date, limit: number, busy: ReadonlySet<string>): OutboxEntry[];
  /** When the next entry falls due (null: nothing pending). */
  nextDueAt(): Date | null;
  /** Committed before a send: if the hub stops mid-send, the next attempt looks the request up first. */
  beginSend(id: string, at: Date): void;
  delivered(id: string, result: DeliveredResult, at: Date): void;
  awaitingCaseNumber(id: string, token: string, nextAttemptAt: Date, at: Date): void;
  /** Counts an attempt and schedules the next one. */
  retryLater(id: string, update: { nextAttemptAt: Date; error: DeliveryError; uncertain: boolean }): void;
  toReview(id: string, reason: ReviewReason, error: DeliveryError | null): void;
  /** Records that the case store holds this delivered request more than once. */
  duplicatesFound(id: string, caseIds: string[]): void;
  lastSuccessAt(): string | null;
}
