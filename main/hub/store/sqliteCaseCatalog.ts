// The case_catalog row in SQLite: the case store's services and definitions as the hub last fetched them.
import type Database from 'better-sqlite3';
import type { CaseCatalogStore, StoredCatalog } from '../cases/caseCatalogStore.js';

export function createSqliteCaseCatalog(db: Database.Database): CaseCatalogStore {
  const read = db.prepare('SELECT catalog_json, fetched_at FROM case_catalog WHERE id = 1');
  const write = db.prepare(
    `INSERT INTO case_catalog (id, catalog_json, source, fetched_at) VALUES (1, @json, 'case-store', @fetchedAt)
     ON CONFLICT (id) DO UPDATE SET catalog_json = excluded.catalog_json, source = excluded.source,
       fetched_at = excluded.fetched_at`,
  );
  return {
    load() {
      const row = read.get() as { catalog_json: string; fetched_at: string | null } | undefined;
      return row === undefined ? undefined : { json: row.catalog_json, fetchedAt: row.fetched_at };
    },
    save(catalog: StoredCatalog) {
      write.run({ json: JSON.stringify(catalog.content), fetchedAt: catalog.fetchedAt });
    },
  };
}
