// GET /api/site: the site configuration (services, queues, counters, outcomes, languages, kiosk timings).
import type { FastifyInstance } from 'fastify';
import { hubApi, type SiteConfig } from '../../../machines/contracts/index.js';
import type { RouteDeps } from './routeDeps.js';

export function registerGetSite(app: FastifyInstance, { config }: RouteDeps): void {
  app.get(hubApi.getSite.path, async (): Promise<SiteConfig> => config);
}
