// Where the hub keeps the information topics' published versions and the anonymous information visits (the
// SQLite ones are store/sqliteInfoVersions.ts and store/sqliteInfoVisits.ts).
import type { InfoContentBody, InfoVersionSummary, InfoVisit } from '../../../machines/contracts/index.js';

/** One published version as stored: written once, never changed. */
export interface StoredInfoVersion {
  version: number;
  content: InfoContentBody;
  publishedAt: string;
  publishedBy: string;
  note: string;
  restoredFrom: number | null;
}

export interface InfoVersionStore {
  /** The newest published version number; 0 when nothing was ever published (the starter set is current). */
  latest(): number;
  /** One published version (≥ 1), or undefined when there is none with that number. */
  get(version: number): StoredInfoVersion | undefined;
  /** Every published version, newest first, without its content. */
  list(): InfoVersionSummary[];
  /**
   * Runs `write` in one write transaction with the newest version number as it stands inside it; whatever
   * `write` returns is appended as the next version.
   */
  appendNext(write: (latest: number) => Omit<StoredInfoVersion, 'version'>): StoredInfoVersion;
}

/** What the report needs of one recorded visit: no time, no device, nothing personal. */
export interface InfoVisitFacts {
  language: string;
  topicIds: string[];
  printedTopicIds: string[];
  ticketTopicId: string | null;
}

export interface InfoVisitStore {
  /** Stores `visit` under its site-local date; false when a visit with its id was already stored. */
  record(visit: InfoVisit, siteDate: string): boolean;
  /** The visits whose site-local date is from `from` to `to` inclusive. */
  ofDates(from: string, to: string): InfoVisitFacts[];
}
