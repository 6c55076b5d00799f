// GET /api/audit (newest 500 entries) and GET /api/audit/export (every entry as CSV) for administrators.
import type { FastifyInstance } from 'fastify';
import { type HubResponse, hubApi } from '../../../machines/contracts/index.js';
import { auditCsv } from './auditCsv.js';
import type { AuditLog } from './auditLog.js';

export const auditListLimit = 500;

export function registerAuditRoutes(app: FastifyInstance, log: AuditLog, now: () => Date): void {
  app.get(
    hubApi.listAudit.path,
    async (): Promise<HubResponse<'listAudit'>> => ({ entries: log.latest(auditListLimit) }),
  );
  app.get(hubApi.exportAudit.path, async (_request, reply) => {
    const day = now().toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="lobby311-audit-${day}.csv"`)
      .send(auditCsv(log.all()));
  });
}
