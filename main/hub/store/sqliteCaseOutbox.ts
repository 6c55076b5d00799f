// The delivery side of case_requests in SQLite (CaseOutboxStore): due entries with "here" resolved to the site's
// address, and one committed UPDATE per step of a delivery.
import type Database from 'better-sqlite3';
import type { CaseServiceType } from '../../../machines/contracts/caseRequests.js';
import type { CaseRequestsConfig } from '../../../machines/contracts/site.js';
import type { OutgoingCaseRequest } from '../cases/caseStore.js';
import type { CaseOutboxStore, OutboxEntry } from '../cases/outboxStore.js';
import { type CaseRequestRow, toStoredCaseRequest } from './sqliteCaseRows.js';

const pendingStates = "('queued', 'awaiting-case-number')";

export interface SqliteCaseOutboxOptions {
  /** Where "here / near this building" is. */
  here: CaseRequestsConfig['here'];
  /** The service's type in the current catalog, or null when the catalog does not have it. */
  serviceTypeOf(serviceCode: string): CaseServiceType | null;
}

function outgoingOf(row: CaseRequestRow, here: CaseRequestsConfig['here']): OutgoingCaseRequest {
  const stored = toStoredCaseRequest(row);
  const location =
    stored.location?.kind === 'address'
      ? { address: stored.location.address }
      : { address: here.address, lat: here.lat, long: here.long };
  return {
    requestId: stored.id,
    localReference: stored.localReference,
    serviceCode: stored.serviceCode,
    answers: stored.answers ?? {},
    location,
    description: stored.description ?? '',
    contact: stored.contact,
    language: stored.language,
    capturedAt: stored.capturedAt,
  };
}

export function createSqliteCaseOutbox(
  db: Database.Database,
  { here, serviceTypeOf }: SqliteCaseOutboxOptions,
): CaseOutboxStore {
  const sql = {
    // Walks the pending requests in capture order (a partial index), so a backlog of thousands is not sorted
    // on every tick.
    due: db.prepare(
      `SELECT * FROM case_requests INDEXED BY case_requests_pending
       WHERE state IN ${pendingStates} AND next_attempt_at <= ? ORDER BY captured_at, id LIMIT ?`,
    ),
    nextDue: db
      .prepare(`SELECT MIN(next_attempt_at) FROM case_requests WHERE state IN ${pendingStates}`)
      .pluck(),
    beginSend: db.prepare(
      `UPDATE case_requests SET uncertain = 1, first_attempt_at = COALESCE(first_attempt_at, @at)
       WHERE id = @id AND state IN ${pendingStates}`,
    ),
    delivered: db.prepare(
      `UPDATE case_requests SET state = CASE state WHEN 'withdrawn' THEN 'withdrawn' ELSE 'delivered' END,
         case_id = @caseId, service_notice = @serviceNotice, duplicate_case_ids_json = @duplicates,
         delivered_at = @at, next_attempt_at = NULL, uncertain = 0, review_reason = NULL
       WHERE id = @id`,
    ),
    awaiting: db.prepare(
      `UPDATE case_requests SET state = 'awaiting-case-number', token = @token, next_attempt_at = @next,
         uncertain = 0, first_attempt_at = COALESCE(first_attempt_at, @at)
       WHERE id = @id AND state IN ${pendingStates}`,
    ),
    retryLater: db.prepare(
      `UPDATE case_requests SET attempts = attempts + 1, next_attempt_at = @next, last_error_json = @error,
         uncertain = @uncertain, first_attempt_at = COALESCE(first_attempt_at, @errorAt)
       WHERE id = @id AND state IN ${pendingStates}`,
    ),
    toReview: db.prepare(
      `UPDATE case_requests SET state = 'review', review_reason = @reason,
         last_error_json = COALESCE(@error, last_error_json), next_attempt_at = NULL
       WHERE id = @id AND state IN ${pendingStates}`,
    ),
    duplicates: db.prepare('UPDATE case_requests SET duplicate_case_ids_json = @ids WHERE id = @id'),
    lastSuccess: db.prepare('SELECT MAX(delivered_at) FROM case_requests').pluck(),
  };

  const entryOf = (row: CaseRequestRow): OutboxEntry => ({
    id: row.id,
    request: outgoingOf(row, here),
    serviceType: serviceTypeOf(row.service_code),
    state: row.state === 'awaiting-case-number' ? 'awaiting-case-number' : 'queued',
    attempts: row.attempts,
    token: row.token,
    uncertain: row.uncertain === 1,
    capturedAt: row.captured_at,
  });

  return {
    due(now, limit, busy) {
      if (limit <= 0) return [];
      const rows = sql.due.all(now.toISOString(), limit + busy.size) as CaseRequestRow[];
      return rows
        .filter((row) => !busy.has(row.id))
        .slice(0, limit)
        .map(entryOf);
    },
    nextDueAt() {
      const next = sql.nextDue.get() as string | null;
      return next === null ? null : new Date(next);
    },
    beginSend(id, at) {
      sql.beginSend.run({ id, at: at.toISOString() });
    },
    delivered(id, result, at) {
      sql.delivered.run({
        id,
        caseId: result.caseId,
        serviceNotice: result.serviceNotice,
        duplicates: JSON.stringify(result.duplicateCaseIds),
        at: at.toISOString(),
      });
    },
    awaitingCaseNumber(id, token, nextAttemptAt, at) {
      sql.awaiting.run({ id, token, next: nextAttemptAt.toISOString(), at: at.toISOString() });
    },
    retryLater(id, { nextAttemptAt, error, uncertain }) {
      sql.retryLater.run({
        id,
        next: nextAttemptAt.toISOString(),
        error: JSON.stringify(error),
        errorAt: error.at,
        uncertain: uncertain ? 1 : 0,
      });
    },
    toReview(id, reason, error) {
      sql.toReview.run({ id, reason, error: error === null ? null : JSON.stringify(error) });
    },
    duplicatesFound(id, caseIds) {
      sql.duplicates.run({ id, ids: JSON.stringify(caseIds) });
    },
    lastSuccessAt: () => (sql.lastSuccess.get() as string | null) ?? null,
  };
}
