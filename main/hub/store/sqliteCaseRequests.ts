// The request side of case_requests in SQLite: idempotent insert (the row is its own outbox entry, so one INSERT
// commits both), reads, the review actions (edit, retry, withdraw), the personal-data purge and outbox figures.
import type Database from 'better-sqlite3';
import { localReferenceOf } from '../../../machines/caseRequests/localReference.js';
import type {
  CaseRequestStore,
  InsertOutcome,
  NewCaseRequest,
  ReviewOutcome,
} from '../cases/caseRequestStore.js';
import { type CaseRequestRow, purgeColumns, toStoredCaseRequest } from './sqliteCaseRows.js';

const dayMs = 86_400_000;
const pendingStates = "('queued', 'awaiting-case-number')";

/** A retry of the stored request: the same content digest, or (once purged) the same non-personal facts. */
function isSameRequest(row: CaseRequestRow, incoming: NewCaseRequest): boolean {
  if (row.status_token !== incoming.statusToken) return false;
  if (row.fingerprint !== null) return row.fingerprint === incoming.fingerprint;
  return (
    row.channel === incoming.channel &&
    row.device_id === incoming.deviceId &&
    row.service_code === incoming.serviceCode &&
    row.language === incoming.language &&
    row.captured_at === incoming.capturedAt
  );
}

const isConstraintError = (error: unknown) =>
  typeof (error as { code?: unknown }).code === 'string' &&
  (error as { code: string }).code.startsWith('SQLITE_CONSTRAINT');

export function createSqliteCaseRequests(db: Database.Database): CaseRequestStore {
  const sql = {
    byId: db.prepare('SELECT * FROM case_requests WHERE id = ?'),
    byToken: db.prepare('SELECT * FROM case_requests WHERE status_token = ?'),
    ticket: db.prepare('SELECT 1 FROM tickets WHERE id = ?').pluck(),
    insert: db.prepare(
      `INSERT INTO case_requests (id, local_reference, status_token, service_code, channel, device_id,
         staff_user_id, ticket_id, language, captured_at, received_at, state, answers_json, location_json,
         description, contact_json, next_attempt_at, review_reason, fingerprint)
       VALUES (@id, @localReference, @statusToken, @serviceCode, @channel, @deviceId, @staffUserId, @ticketId,
         @language, @capturedAt, @receivedAt, @state, @answers, @location, @description, @contact,
         @nextAttemptAt, @reviewReason, @fingerprint)`,
    ),
    edit: db.prepare(
      `UPDATE case_requests SET service_code = @serviceCode, answers_json = @answers, location_json = @location,
         description = @description, state = 'queued', review_reason = NULL, attempts = 0,
         next_attempt_at = @at, first_attempt_at = NULL
       WHERE id = @id AND state = 'review'`,
    ),
    retry: db.prepare(
      `UPDATE case_requests SET state = 'queued', review_reason = NULL, attempts = 0, next_attempt_at = @at,
         first_attempt_at = NULL
       WHERE id = @id AND state = 'review'`,
    ),
    withdraw: db.prepare(
      `UPDATE case_requests SET state = 'withdrawn', withdrawn_reason = @reason, next_attempt_at = NULL,
         ${purgeColumns}
       WHERE id = @id AND state IN ('review', 'queued')`,
    ),
    purge: db.prepare(
      // The partial index holds only requests still to purge, so purging after each delivery stays cheap.
      `UPDATE case_requests INDEXED BY case_requests_to_purge SET ${purgeColumns}
       WHERE state = 'delivered' AND purged_at IS NULL AND delivered_at <= @cutoff`,
    ),
    pending: db.prepare(
      `SELECT COUNT(*) AS n, MIN(captured_at) AS oldest FROM case_requests WHERE state IN ${pendingStates}`,
    ),
    review: db.prepare("SELECT * FROM case_requests WHERE state = 'review' ORDER BY received_at, id"),
    duplicates: db.prepare(
      `SELECT * FROM case_requests WHERE json_array_length(duplicate_case_ids_json) > 1
       ORDER BY received_at DESC, id LIMIT 50`,
    ),
  };
  const one = (row: unknown) => (row === undefined ? undefined : toStoredCaseRequest(row as CaseRequestRow));
  const byId = (id: string) => one(sql.byId.get(id));

  const existingOutcome = (row: CaseRequestRow, incoming: NewCaseRequest): InsertOutcome =>
    isSameRequest(row, incoming)
      ? { kind: 'existing', request: toStoredCaseRequest(row) }
      : { kind: 'conflict' };

  const insert = db.transaction((request: NewCaseRequest): InsertOutcome => {
    const stored = sql.byId.get(request.id) as CaseRequestRow | undefined;
    if (stored) return existingOutcome(stored, request);
    try {
      sql.insert.run({
        ...request,
        localReference: localReferenceOf(request.id),
        answers: JSON.stringify(request.answers),
        location: JSON.stringify(request.location),
        contact: request.contact === null ? null : JSON.stringify(request.contact),
        nextAttemptAt: request.state === 'queued' ? request.receivedAt : null,
      });
    } catch (error) {
      // The status token a kiosk chose is already another request's.
      if (isConstraintError(error)) return { kind: 'conflict' };
      throw error;
    }
    return { kind: 'created', request: byId(request.id)! };
  });

  /** Runs a review action's UPDATE; when it changed nothing, says why. */
  const review = (id: string, run: () => Database.RunResult): ReviewOutcome =>
    db
      .transaction((): ReviewOutcome => {
        const before = byId(id);
        if (!before) return { kind: 'not-found' };
        if (run().changes === 0) return { kind: 'wrong-state', state: before.state };
        return { kind: 'done', request: byId(id)! };
      })
      .immediate();

  return {
    insert: (request) => insert.immediate(request),
    byId,
    byStatusToken: (statusToken) => one(sql.byToken.get(statusToken)),
    ticketExists: (ticketId) => sql.ticket.get(ticketId) !== undefined,
    edit: (id, content, at) =>
      review(id, () =>
        sql.edit.run({
          id,
          at: at.toISOString(),
          serviceCode: content.serviceCode,
          answers: JSON.stringify(content.answers),
          location: JSON.stringify(content.location),
          description: content.description,
        }),
      ),
    retry: (id, at) => review(id, () => sql.retry.run({ id, at: at.toISOString() })),
    withdraw: (id, reason, at) => review(id, () => sql.withdraw.run({ id, reason, at: at.toISOString() })),
    purgeDelivered: (now, personalDataDays) =>
      sql.purge.run({
        at: now.toISOString(),
        cutoff: new Date(now.getTime() - personalDataDays * dayMs).toISOString(),
      }).changes,
    outboxFigures: () => {
      const pending = sql.pending.get() as { n: number; oldest: string | null };
      const all = (statement: Database.Statement) =>
        (statement.all() as CaseRequestRow[]).map(toStoredCaseRequest);
      return {
        pending: pending.n,
        oldestPendingAt: pending.oldest,
        review: all(sql.review),
        duplicates: all(sql.duplicates),
      };
    },
  };
}
