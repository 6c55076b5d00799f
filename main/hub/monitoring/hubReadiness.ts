// Whether the hub can serve: its database answers a read and takes a write (rolled back), and the site
// configuration is loaded and gives today's service day.
import type Database from 'better-sqlite3';
import type { ReadinessCheck, SiteConfig } from '../../../machines/contracts/index.js';
import { checkThat } from './probeRoutes.js';

export interface HubReadinessDeps {
  db: Database.Database;
  config: SiteConfig | undefined;
  /** Today's service day by the hub's clock and the site's time zone. */
  serviceDay: () => string;
}

/** A real write lock and write (of the unchanged schema version), undone at once: nothing is stored. */
function tryWrite(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  db.exec('BEGIN IMMEDIATE');
  try {
    db.pragma(`user_version = ${version}`);
  } finally {
    db.exec('ROLLBACK');
  }
}

export function hubReadiness({ db, config, serviceDay }: HubReadinessDeps): () => ReadinessCheck[] {
  return () => [
    checkThat(
      'database-read',
      () => db.prepare('SELECT COUNT(*) FROM tickets WHERE 0').get(),
      (message) => `The hub database cannot be read (${message}).`,
    ),
    checkThat(
      'database-write',
      () => tryWrite(db),
      (message) => `The hub database cannot be written (${message}): check the disk and the data folder.`,
    ),
    checkThat(
      'config',
      () => {
        if (!config || config.services.length === 0) throw new Error('no site configuration');
        serviceDay();
      },
      (message) => `The site configuration is not usable (${message}).`,
    ),
  ];
}
