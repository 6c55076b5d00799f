// The one exception to "tickets are written once": the retention purge may blank a past ticket's needs and device.
import type Database from 'better-sqlite3';

/** What an anonymised ticket keeps in needs_json: no interpreter, no accessibility needs. */
export const anonymisedNeedsJson = '{"interpreter":null,"accessibility":[]}';
/** What an anonymised ticket keeps as device_id. */
export const anonymisedDeviceId = '';

/**
 * Replaces the tickets update trigger (same name, same message) with one that lets through exactly one kind of
 * UPDATE: needs and device blanked, every other column unchanged, on a ticket issued more than a day ago by
 * SQLite's own clock. Run at every start, after the store's migrations; idempotent.
 */
export function allowTicketAnonymisation(db: Database.Database): void {
  db.transaction(() => {
    db.exec(`
      DROP TRIGGER IF EXISTS tickets_no_update;
      CREATE TRIGGER tickets_no_update BEFORE UPDATE ON tickets
        WHEN NOT (
          NEW.needs_json = '${anonymisedNeedsJson}' AND NEW.device_id = '${anonymisedDeviceId}'
          AND NEW.id IS OLD.id AND NEW.service_day IS OLD.service_day AND NEW.queue_id IS OLD.queue_id
          AND NEW.seq IS OLD.seq AND NEW.number IS OLD.number AND NEW.service_id IS OLD.service_id
          AND NEW.language IS OLD.language AND NEW.issued_at IS OLD.issued_at
          AND NEW.status_token IS OLD.status_token AND NEW.priority_class IS OLD.priority_class
          AND OLD.issued_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 days')
        )
        BEGIN SELECT RAISE(ABORT, 'tickets are written once'); END;
    `);
  }).immediate();
}
