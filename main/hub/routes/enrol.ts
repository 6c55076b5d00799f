// POST /api/devices/enrol: redeems a one-time code for a device credential (token, or HttpOnly cookie).
import type { FastifyInstance } from 'fastify';
import { deviceCookie, EnrolBody, type HubResponse, hubApi } from '../../../machines/contracts/index.js';
import { serializeCookie } from '../auth/cookies.js';
import { parseInput } from './apiErrors.js';
import type { RouteDeps } from './routeDeps.js';

/** Browsers keep a cookie at most 400 days; a display enrolled by cookie re-enrols after that. */
const deviceCookieMaxAgeSeconds = 400 * 24 * 60 * 60;

export function registerEnrol(app: FastifyInstance, { auth, secureCookies }: RouteDeps): void {
  app.post(hubApi.enrol.path, async (request, reply): Promise<HubResponse<'enrol'>> => {
    const { code, delivery } = parseInput(EnrolBody, request.body ?? {}, 'body');
    const { device, token } = auth.devices.enrol(code);
    request.caller = {
      principal: { kind: 'device', deviceId: device.id, name: device.name, role: device.role },
      sessionId: null,
    };
    reply.code(201);
    if (delivery === 'token') return { device, token };
    const cookie = serializeCookie(deviceCookie, token, {
      maxAgeSeconds: deviceCookieMaxAgeSeconds,
      secure: secureCookies,
    });
    reply.header('set-cookie', cookie);
    return { device, token: null };
  });
}
