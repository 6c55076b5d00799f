// Builds the hub's information part over the open database: the shipped starter set (version 0, checked at
// start), the published versions and the anonymous visit records; registers the routes with the hub.
import type Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { InfoContent, SiteConfig } from '../../../machines/contracts/index.js';
import { createSqliteInfoVersions } from '../store/sqliteInfoVersions.js';
import { createSqliteInfoVisits } from '../store/sqliteInfoVisits.js';
import { registerInfoRoutes } from './infoRoutes.js';
import { createInfoService } from './infoService.js';
import { defaultInfoStarterFile, loadInfoStarter } from './infoStarter.js';

export interface InformationHub {
  /** The published information topics (the starter set, version 0, until a supervisor publishes). */
  current(): InfoContent;
  registerRoutes(app: FastifyInstance): void;
}

export interface InformationDeps {
  db: Database.Database;
  config: SiteConfig;
  now: () => Date;
  /** The shipped starter set (default assets/site/info-topics.json); an invalid file throws here. */
  starterPath?: string;
}

export function createInformation(deps: InformationDeps): InformationHub {
  const service = createInfoService({
    versions: createSqliteInfoVersions(deps.db),
    visits: createSqliteInfoVisits(deps.db),
    starter: loadInfoStarter(deps.starterPath ?? defaultInfoStarterFile, deps.config),
    config: deps.config,
    now: deps.now,
  });
  return {
    current: service.current,
    registerRoutes: (app) => registerInfoRoutes(app, service),
  };
}
