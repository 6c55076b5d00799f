// The calling kiosk's device id (the access guard has already refused everyone but kiosks on these routes).
import type { FastifyRequest } from 'fastify';
import { AuthError } from '../auth/authError.js';
import { callerOf } from './callerOf.js';

export function callingDeviceOf(request: FastifyRequest): string {
  const { principal } = callerOf(request);
  if (principal.kind !== 'device') throw new AuthError('forbidden', 'Only a kiosk can do this.');
  return principal.deviceId;
}
