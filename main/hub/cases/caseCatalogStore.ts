// Where the hub keeps the case store's catalog between refreshes (one row; the SQLite one is
// store/sqliteCaseCatalog.ts), so kiosks keep their service list while the case store is unreachable.
import type { CaseService, ServiceDefinition } from '../../../machines/contracts/caseRequests.js';

export interface CatalogContent {
  services: CaseService[];
  definitions: Record<string, ServiceDefinition>;
}

export interface StoredCatalog {
  content: CatalogContent;
  fetchedAt: string;
}

export interface CaseCatalogStore {
  /** The stored copy as written (validated by the reader), or undefined when none was ever fetched. */
  load(): { json: string; fetchedAt: string | null } | undefined;
  save(catalog: StoredCatalog): void;
}
