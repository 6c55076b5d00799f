// GET /api/updates (facilities, administrators), POST /api/updates/rollout and …/halt (administrators; audited
// by the audit hooks), and the kiosk's own GET/POST /api/devices/me/update (a report that changes nothing is
// left out of the audit log).
import type { FastifyInstance } from 'fastify';
import {
  hubApi,
  type RolloutPlan,
  type UpdatesOverview,
  type UpdateTarget,
} from '../../../machines/contracts/index.js';
import { skipAudit } from '../audit/auditedRoutes.js';
import { parseInput } from '../routes/apiErrors.js';
import { callingDeviceOf } from '../routes/callingDevice.js';
import { staffUsernameOf } from '../routes/staffUsername.js';
import type { UpdatesHub } from './updatesHub.js';

export function registerUpdateRoutes(app: FastifyInstance, updates: UpdatesHub): void {
  app.get(hubApi.listUpdates.path, async (): Promise<UpdatesOverview> => updates.overview());

  app.post(hubApi.startRollout.path, async (request): Promise<RolloutPlan> => {
    const body = parseInput(hubApi.startRollout.body, request.body ?? {}, 'body');
    return updates.start(body, staffUsernameOf(request));
  });

  app.post(hubApi.haltRollout.path, async (request): Promise<RolloutPlan> => {
    const { reason } = parseInput(hubApi.haltRollout.body, request.body ?? {}, 'body');
    return updates.halt(reason, staffUsernameOf(request));
  });

  app.get(
    hubApi.deviceUpdateTarget.path,
    async (request): Promise<UpdateTarget> => updates.targetFor(callingDeviceOf(request)),
  );

  app.post(hubApi.reportDeviceUpdate.path, async (request): Promise<{ ok: true }> => {
    const deviceId = callingDeviceOf(request);
    const body = parseInput(hubApi.reportDeviceUpdate.body, request.body ?? {}, 'body');
    if (!updates.report(deviceId, body)) skipAudit(request);
    return { ok: true };
  });
}
