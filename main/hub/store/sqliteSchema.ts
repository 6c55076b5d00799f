// The SQLite schema and migrations: write-once tickets, append-only ticket/floor events, notes, staff, devices
// (with their out-of-service notice), each device's latest health report and connectivity, the commands queued
// for kiosks, the blocks of offline numbers leased to kiosks, and walk-in service requests (each row is also its
// own outbox entry) with the case store's catalog as last fetched, and the app update rollout with each device's
// version and update state.
import type Database from 'better-sqlite3';

/** The schema changes in order; version n is `migrations[n - 1]`. */
export const migrations: readonly string[] = [
  `
  CREATE TABLE tickets (
    id TEXT PRIMARY KEY,
    service_day TEXT NOT NULL,
    queue_id TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq > 0),
    number TEXT NOT NULL,
    service_id TEXT NOT NULL,
    language TEXT NOT NULL,
    needs_json TEXT NOT NULL,
    device_id TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    UNIQUE (service_day, queue_id, seq)
  );
  CREATE TABLE ticket_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id TEXT NOT NULL REFERENCES tickets (id),
    type TEXT NOT NULL,
    at TEXT NOT NULL,
    counter_id TEXT,
    data_json TEXT NOT NULL DEFAULT '{}'
  );
  CREATE INDEX ticket_events_by_ticket ON ticket_events (ticket_id, type);
  CREATE INDEX ticket_events_by_type ON ticket_events (type, seq);
  CREATE TABLE call_requests (
    request_id TEXT PRIMARY KEY,
    ticket_id TEXT NOT NULL REFERENCES tickets (id),
    counter_id TEXT NOT NULL
  );
  CREATE TRIGGER tickets_no_update BEFORE UPDATE ON tickets
    BEGIN SELECT RAISE(ABORT, 'tickets are written once'); END;
  CREATE TRIGGER tickets_no_delete BEFORE DELETE ON tickets
    BEGIN SELECT RAISE(ABORT, 'tickets are written once'); END;
  CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
    BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;
  CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
    BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END;
  `,
  `
  ALTER TABLE tickets ADD COLUMN status_token TEXT;
  DROP TRIGGER tickets_no_update;
  UPDATE tickets SET status_token = lower(hex(randomblob(24)));
  CREATE TRIGGER tickets_no_update BEFORE UPDATE ON tickets
    BEGIN SELECT RAISE(ABORT, 'tickets are written once'); END;
  CREATE UNIQUE INDEX tickets_by_status_token ON tickets (status_token);
  CREATE TABLE staff_users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('desk', 'supervisor', 'facilities', 'administrator')),
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT
  );
  CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES staff_users (id),
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1))
  );
  CREATE INDEX sessions_by_user ON sessions (user_id);
  CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('kiosk', 'display')),
    token_hash TEXT NOT NULL UNIQUE,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    enrolled_at TEXT NOT NULL,
    last_seen_at TEXT
  );
  CREATE TABLE enrolment_codes (
    code_hash TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('kiosk', 'display')),
    name TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    created_by TEXT NOT NULL,
    device_id TEXT REFERENCES devices (id)
  );
  `,
  `
  DROP TRIGGER tickets_no_update;
  ALTER TABLE tickets ADD COLUMN priority_class TEXT NOT NULL DEFAULT 'standard';
  CREATE TRIGGER tickets_no_update BEFORE UPDATE ON tickets
    BEGIN SELECT RAISE(ABORT, 'tickets are written once'); END;
  CREATE INDEX tickets_by_day ON tickets (service_day, queue_id);
  ALTER TABLE ticket_events ADD COLUMN user_id TEXT;
  ALTER TABLE ticket_events ADD COLUMN device_id TEXT;
  ALTER TABLE call_requests ADD COLUMN explanation_json TEXT;
  CREATE TABLE floor_events (
    seq INTEGER PRIMARY KEY,
    service_day TEXT NOT NULL,
    type TEXT NOT NULL,
    at TEXT NOT NULL,
    counter_id TEXT,
    queue_id TEXT,
    user_id TEXT,
    data_json TEXT NOT NULL DEFAULT '{}'
  );
  CREATE INDEX floor_events_by_day ON floor_events (service_day, seq);
  CREATE INDEX floor_events_by_counter ON floor_events (counter_id, seq);
  CREATE TRIGGER floor_events_no_update BEFORE UPDATE ON floor_events
    BEGIN SELECT RAISE(ABORT, 'floor_events is append-only'); END;
  CREATE TRIGGER floor_events_no_delete BEFORE DELETE ON floor_events
    BEGIN SELECT RAISE(ABORT, 'floor_events is append-only'); END;
  CREATE TABLE visit_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id TEXT NOT NULL REFERENCES tickets (id),
    at TEXT NOT NULL,
    counter_id TEXT,
    user_id TEXT,
    text TEXT NOT NULL
  );
  CREATE INDEX visit_notes_by_ticket ON visit_notes (ticket_id, id);
  CREATE INDEX visit_notes_by_time ON visit_notes (at);
  `,
  `
  CREATE TABLE device_health (
    device_id TEXT PRIMARY KEY REFERENCES devices (id),
    reported_at TEXT NOT NULL,
    printer_json TEXT NOT NULL
  );
  `,
  `
  CREATE TABLE device_commands (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL REFERENCES devices (id),
    request_json TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'fetched', 'done', 'failed', 'expired')),
    requested_at TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    fetched_at TEXT,
    completed_at TEXT,
    detail TEXT
  );
  CREATE INDEX device_commands_by_device ON device_commands (device_id, requested_at);
  ALTER TABLE devices ADD COLUMN out_of_service_message TEXT;
  ALTER TABLE devices ADD COLUMN out_of_service_since TEXT;
  ALTER TABLE device_health ADD COLUMN printer_model TEXT;
  `,
  `
  CREATE TABLE number_leases (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL REFERENCES devices (id),
    service_day TEXT NOT NULL,
    queue_id TEXT NOT NULL,
    first INTEGER NOT NULL CHECK (first > 0),
    last INTEGER NOT NULL CHECK (last >= first),
    request_id TEXT NOT NULL UNIQUE,
    granted_at TEXT NOT NULL,
    UNIQUE (service_day, queue_id, first)
  );
  CREATE INDEX number_leases_by_device ON number_leases (device_id, service_day);
  CREATE TRIGGER number_leases_no_update BEFORE UPDATE ON number_leases
    BEGIN SELECT RAISE(ABORT, 'number_leases are written once'); END;
  ALTER TABLE device_health ADD COLUMN connectivity_json TEXT;
  `,
  `
  CREATE TABLE case_requests (
    id TEXT PRIMARY KEY,
    local_reference TEXT NOT NULL,
    status_token TEXT NOT NULL UNIQUE,
    service_code TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('kiosk', 'desk')),
    device_id TEXT,
    staff_user_id TEXT,
    ticket_id TEXT,
    language TEXT NOT NULL,
    captured_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    state TEXT NOT NULL
      CHECK (state IN ('queued', 'awaiting-case-number', 'delivered', 'review', 'withdrawn')),
    answers_json TEXT,
    location_json TEXT,
    description TEXT,
    contact_json TEXT,
    case_id TEXT,
    service_notice TEXT,
    token TEXT,
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT,
    uncertain INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    first_attempt_at TEXT,
    last_error_json TEXT,
    review_reason TEXT,
    duplicate_case_ids_json TEXT NOT NULL DEFAULT '[]',
    delivered_at TEXT,
    purged_at TEXT,
    withdrawn_reason TEXT,
    fingerprint TEXT
  );
  CREATE INDEX case_requests_due ON case_requests (state, next_attempt_at);
  CREATE INDEX case_requests_by_reference ON case_requests (local_reference);
  CREATE INDEX case_requests_by_delivery ON case_requests (delivered_at);
  CREATE INDEX case_requests_to_purge ON case_requests (delivered_at)
    WHERE state = 'delivered' AND purged_at IS NULL;
  CREATE INDEX case_requests_pending ON case_requests (captured_at, id)
    WHERE state IN ('queued', 'awaiting-case-number');
  CREATE TABLE case_catalog (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    catalog_json TEXT NOT NULL,
    source TEXT NOT NULL,
    fetched_at TEXT
  );
  `,
  `
  CREATE TABLE notices (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL CHECK (version >= 1),
    severity TEXT NOT NULL CHECK (severity IN ('information', 'warning', 'emergency')),
    messages_json TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT,
    targets_json TEXT NOT NULL,
    closing_json TEXT,
    published_at TEXT NOT NULL,
    published_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    withdrawn_at TEXT,
    withdrawn_by TEXT,
    withdrawn_reason TEXT
  );
  CREATE INDEX notices_current ON notices (ends_at) WHERE withdrawn_at IS NULL;
  CREATE TABLE info_versions (
    version INTEGER PRIMARY KEY CHECK (version >= 1),
    content_json TEXT NOT NULL,
    published_at TEXT NOT NULL,
    published_by TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    restored_from INTEGER
  );
  CREATE TRIGGER info_versions_no_update BEFORE UPDATE ON info_versions
    BEGIN SELECT RAISE(ABORT, 'info_versions are written once'); END;
  CREATE TABLE info_visits (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    site_date TEXT NOT NULL,
    language TEXT NOT NULL,
    content_version INTEGER NOT NULL,
    topic_ids_json TEXT NOT NULL,
    printed_topic_ids_json TEXT NOT NULL,
    ticket_topic_id TEXT
  );
  CREATE INDEX info_visits_by_date ON info_visits (site_date);
  `,
  `
  CREATE TABLE update_rollout (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    plan_json TEXT NOT NULL
  );
  CREATE TABLE device_updates (
    device_id TEXT PRIMARY KEY REFERENCES devices (id),
    current_version TEXT,
    previous_version TEXT,
    target_version TEXT,
    state TEXT CHECK (state IN ('downloading', 'installed', 'healthy', 'rolled-back', 'failed', 'cancelled')),
    reason TEXT,
    healthy_since TEXT,
    reported_at TEXT NOT NULL
  );
  `,
  `
  CREATE INDEX tickets_by_day_service ON tickets (service_day, service_id);
  `,
];

/** Newest schema version this code knows. */
export const schemaVersion = migrations.length;

/** Brings the database to `schemaVersion`, one transaction per migration; refuses a newer database. */
export function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_version').get() as {
    version: number | null;
  };
  const current = row.version ?? 0;
  if (current > schemaVersion) {
    throw new Error(
      `the hub database is schema version ${current}, newer than this hub (${schemaVersion}): update the hub`,
    );
  }
  for (let version = current + 1; version <= schemaVersion; version++) {
    const sql = migrations[version - 1]!;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(
        version,
        new Date().toISOString(),
      );
    }).immediate();
  }
}
