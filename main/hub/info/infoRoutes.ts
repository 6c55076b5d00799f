// The information routes of hubApi: current content, version history, one version, publish, undo, anonymous
// visits from kiosks (left out of the audit log: counts, not actions) and the visit figures for supervisors.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  hubApi,
  type InfoContent,
  type InfoVersionList,
  type InfoVersionSummary,
  type InfoVisitReport,
  type InfoVisitResult,
} from '../../../machines/contracts/index.js';
import { skipAudit } from '../audit/auditedRoutes.js';
import { parseInput } from '../routes/apiErrors.js';
import { staffUsernameOf } from '../routes/staffUsername.js';
import type { InfoService } from './infoService.js';

const VersionParams = z.object({
  version: z
    .string()
    .regex(/^\d{1,9}$/, 'use a version number such as 3')
    .transform(Number),
});

/**
 * The whole content in one body: up to 300 topics in every kiosk language is far more than the hub's 64 KB
 * default, so publishing may send up to 4 MB.
 */
export const publishBodyLimitBytes = 4 * 1024 * 1024;

export function registerInfoRoutes(app: FastifyInstance, info: InfoService): void {
  app.get(hubApi.getInfoContent.path, async (): Promise<InfoContent> => info.current());

  app.get(hubApi.listInfoVersions.path, async (): Promise<InfoVersionList> => info.history());

  app.get(hubApi.getInfoVersion.path, async (request): Promise<InfoContent> => {
    const { version } = parseInput(VersionParams, request.params, 'path');
    return info.version(version);
  });

  app.post(
    hubApi.publishInfo.path,
    { bodyLimit: publishBodyLimitBytes },
    async (request, reply): Promise<InfoVersionSummary> => {
      const body = parseInput(hubApi.publishInfo.body, request.body ?? {}, 'body');
      reply.code(201);
      return info.publish(body, staffUsernameOf(request));
    },
  );

  app.post(hubApi.restoreInfoVersion.path, async (request, reply): Promise<InfoVersionSummary> => {
    const { version } = parseInput(VersionParams, request.params, 'path');
    const body = parseInput(hubApi.restoreInfoVersion.body, request.body ?? {}, 'body');
    reply.code(201);
    return info.restore(version, body, staffUsernameOf(request));
  });

  app.post(hubApi.recordInfoVisit.path, async (request, reply): Promise<InfoVisitResult> => {
    const visit = parseInput(hubApi.recordInfoVisit.body, request.body ?? {}, 'body');
    const result = info.recordVisit(visit);
    skipAudit(request);
    reply.code(result.recorded ? 201 : 200);
    return result;
  });

  app.get(hubApi.infoVisitReport.path, async (request): Promise<InfoVisitReport> => {
    return info.report(parseInput(hubApi.infoVisitReport.query, request.query ?? {}, 'query'));
  });
}
