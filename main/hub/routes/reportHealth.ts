// POST /api/devices/me/health: a kiosk's latest printer health; the hub keeps one report per device. The access
// guard has already refused other callers, including a disabled kiosk (its credential no longer resolves).
import type { FastifyInstance } from 'fastify';
import { hubApi } from '../../../machines/contracts/index.js';
import { AuthError } from '../auth/authError.js';
import { parseInput } from './apiErrors.js';
import { callerOf } from './callerOf.js';
import type { RouteDeps } from './routeDeps.js';

export function registerReportHealth(app: FastifyInstance, { auth }: RouteDeps): void {
  app.post(hubApi.reportHealth.path, async (request): Promise<{ ok: true }> => {
    const { principal } = callerOf(request);
    if (principal.kind !== 'device') {
      throw new AuthError('forbidden', 'Only a kiosk reports its printer health.');
    }
    const { printer } = parseInput(hubApi.reportHealth.body, request.body ?? {}, 'body');
    auth.devices.reportHealth(principal.deviceId, printer);
    return { ok: true };
  });
}
