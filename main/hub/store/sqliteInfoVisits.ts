// The info_visits table in SQLite: one row per anonymous information visit, keyed by the kiosk's visit id.
import type Database from 'better-sqlite3';
import type { InfoVisitFacts, InfoVisitStore } from '../info/infoStore.js';

interface VisitRow {
  language: string;
  topic_ids_json: string;
  printed_topic_ids_json: string;
  ticket_topic_id: string | null;
}

export function createSqliteInfoVisits(db: Database.Database): InfoVisitStore {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO info_visits
       (id, at, site_date, language, content_version, topic_ids_json, printed_topic_ids_json, ticket_topic_id)
     VALUES (@id, @at, @siteDate, @language, @contentVersion, @topicIds, @printedTopicIds, @ticketTopicId)`,
  );
  const ofDates = db.prepare(
    `SELECT language, topic_ids_json, printed_topic_ids_json, ticket_topic_id
     FROM info_visits WHERE site_date BETWEEN ? AND ?`,
  );

  return {
    record(visit, siteDate) {
      const result = insert.run({
        id: visit.id,
        at: visit.at,
        siteDate,
        language: visit.language,
        contentVersion: visit.contentVersion,
        topicIds: JSON.stringify(visit.topicIds),
        printedTopicIds: JSON.stringify(visit.printedTopicIds),
        ticketTopicId: visit.ticketTopicId,
      });
      return result.changes === 1;
    },
    ofDates(from, to): InfoVisitFacts[] {
      return (ofDates.all(from, to) as VisitRow[]).map((row) => ({
        language: row.language,
        // Written by record from validated visits only.
        topicIds: JSON.parse(row.topic_ids_json) as string[],
        printedTopicIds: JSON.parse(row.printed_topic_ids_json) as string[],
        ticketTopicId: row.ticket_topic_id,
      }));
    },
  };
}
