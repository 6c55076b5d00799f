// POST /api/devices/me/health: a kiosk's latest printer health and model, its link to the hub (connectivity) and
// the app version it runs; the hub keeps one report per device. The access guard has already refused other
// callers, including a disabled kiosk (its credential no longer resolves). Only a report whose printer state or
// fault changed, or whose kiosk went offline or came back, is audited: heartbeats would flood the log.
import type { FastifyInstance } from 'fastify';
import { hubApi } from '../../../machines/contracts/index.js';
import { skipAudit } from '../audit/auditedRoutes.js';
import { parseInput } from './apiErrors.js';
import { callingDeviceOf } from './callingDevice.js';
import type { RouteDeps } from './routeDeps.js';

export function registerReportHealth(app: FastifyInstance, { auth, updates }: RouteDeps): void {
  app.post(hubApi.reportHealth.path, async (request): Promise<{ ok: true }> => {
    const deviceId = callingDeviceOf(request);
    const body = parseInput(hubApi.reportHealth.body, request.body ?? {}, 'body');
    const { printer, printerModel, connectivity, appVersion } = body;
    if (appVersion !== null) updates.noteVersion(deviceId, appVersion);
    if (!auth.devices.reportHealth(deviceId, printer, printerModel, connectivity)) skipAudit(request);
    return { ok: true };
  });
}
