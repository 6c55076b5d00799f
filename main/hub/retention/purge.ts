// The retention purge: anonymise old tickets, erase old notes, delete dead sessions, spent codes, old kiosk
// commands, number leases and call-next retry records, and old audit.
import type Database from 'better-sqlite3';
import type { RetentionConfig } from '../../../machines/contracts/index.js';
import type { AuditLog } from '../audit/auditLog.js';
import { anonymisedDeviceId, anonymisedNeedsJson } from './retentionSchema.js';

const dayMs = 86_400_000;

/** Sessions and codes are kept this long after they stopped working (to explain a sign-out or enrolment). */
export const credentialGraceDays = 1;

export interface PurgeResult {
  ticketsAnonymised: number;
  /** Visit notes older than visitDays, deleted with their text (the log keeps only "a note was added"). */
  notesErased: number;
  sessionsDeleted: number;
  enrolmentCodesDeleted: number;
  /** Kiosk commands (test print, reprint, clear fault) requested more than visitDays ago. */
  deviceCommandsDeleted: number;
  /** Offline number leases of service days more than visitDays ago (no hand-over can use them any more). */
  leasesDeleted: number;
  /** Call-next retry records (request id → ticket) of tickets issued more than visitDays ago: no retry is that late. */
  callRequestsDeleted: number;
  auditEntriesDeleted: number;
}

export type Purge = () => PurgeResult;

/**
 * Builds the purge. Tickets keep number, queue, service, language, day and event times (the figures need
 * them); `needs` (interpreter, accessibility) and the issuing device are blanked, and staff notes older than
 * visitDays are deleted. ticket_events is untouched: it holds only times, counters, outcomes and note ids.
 */
export function createPurge(
  db: Database.Database,
  audit: AuditLog,
  retention: RetentionConfig,
  now: () => Date,
): Purge {
  const anonymiseTickets = db.prepare(
    `UPDATE tickets SET needs_json = @needs, device_id = @device
     WHERE issued_at < @cutoff AND issued_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 days')
       AND (needs_json <> @needs OR device_id <> @device)`,
  );
  const eraseNotes = db.prepare('DELETE FROM visit_notes WHERE at < @cutoff');
  const deleteSessions = db.prepare(
    'DELETE FROM sessions WHERE expires_at < @cutoff OR (revoked = 1 AND last_seen_at < @cutoff)',
  );
  const deleteCodes = db.prepare(
    'DELETE FROM enrolment_codes WHERE expires_at < @cutoff OR used_at < @cutoff',
  );
  const deleteCommands = db.prepare('DELETE FROM device_commands WHERE requested_at < @cutoff');
  const deleteLeases = db.prepare('DELETE FROM number_leases WHERE service_day < @day');
  const deleteCallRequests = db.prepare(
    'DELETE FROM call_requests WHERE ticket_id IN (SELECT id FROM tickets WHERE issued_at < @cutoff)',
  );
  const daysBefore = (days: number) => new Date(now().getTime() - days * dayMs).toISOString();

  return () => {
    const credentialCutoff = daysBefore(credentialGraceDays);
    const result = db
      .transaction(() => ({
        ticketsAnonymised: anonymiseTickets.run({
          needs: anonymisedNeedsJson,
          device: anonymisedDeviceId,
          cutoff: daysBefore(retention.visitDays),
        }).changes,
        notesErased: eraseNotes.run({ cutoff: daysBefore(retention.visitDays) }).changes,
        sessionsDeleted: deleteSessions.run({ cutoff: credentialCutoff }).changes,
        enrolmentCodesDeleted: deleteCodes.run({ cutoff: credentialCutoff }).changes,
        deviceCommandsDeleted: deleteCommands.run({ cutoff: daysBefore(retention.visitDays) }).changes,
        leasesDeleted: deleteLeases.run({ day: daysBefore(retention.visitDays).slice(0, 10) }).changes,
        callRequestsDeleted: deleteCallRequests.run({ cutoff: daysBefore(retention.visitDays) }).changes,
      }))
      .immediate();
    return { ...result, auditEntriesDeleted: audit.purgeBefore(new Date(daysBefore(retention.auditDays))) };
  };
}
