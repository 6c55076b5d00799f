// GET /api/reports/service-levels (JSON) and …/export (CSV): the figures for a range of service days.
import type { FastifyInstance } from 'fastify';
import { hubApi, ServiceLevelQuery, type ServiceLevelReport } from '../../../machines/contracts/index.js';
import { serviceLevelsCsv } from '../../../machines/queue/serviceLevels.js';
import { parseInput } from './apiErrors.js';
import type { RouteDeps } from './routeDeps.js';

export function registerServiceLevels(app: FastifyInstance, { queue }: RouteDeps): void {
  app.get(hubApi.serviceLevels.path, async (request): Promise<ServiceLevelReport> => {
    return queue.serviceLevels(parseInput(ServiceLevelQuery, request.query ?? {}, 'query'));
  });
}

export function registerExportServiceLevels(app: FastifyInstance, { queue }: RouteDeps): void {
  app.get(hubApi.exportServiceLevels.path, async (request, reply) => {
    const query = parseInput(ServiceLevelQuery, request.query ?? {}, 'query');
    const report = queue.serviceLevels(query);
    return reply
      .type('text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="lobby311-service-levels-${query.from}-${query.to}-${query.by}.csv"`,
      )
      .send(serviceLevelsCsv(report));
  });
}
