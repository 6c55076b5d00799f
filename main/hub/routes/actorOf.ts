// The engine's Actor for a request: the staff member (user id) or the enrolled device (device id) calling.
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../queue/queueServiceApi.js';
import { callerOf, staffCallerOf } from './callerOf.js';

/** Who is acting: a staff member's user id (and whether a supervisor), or a device's id (kiosks). */
export function actorOf(request: FastifyRequest): Actor {
  const { principal } = callerOf(request);
  return principal.kind === 'staff'
    ? { userId: principal.userId, deviceId: null, supervisor: principal.role === 'supervisor' }
    : { userId: null, deviceId: principal.deviceId };
}

/** A staff actor with the name desks show for a counter's session (counter sign-in). */
export function staffActorOf(request: FastifyRequest): Actor & { displayName: string } {
  const { principal } = staffCallerOf(request);
  if (principal.kind !== 'staff') throw new Error('staffCallerOf returned a device');
  return {
    userId: principal.userId,
    deviceId: null,
    supervisor: principal.role === 'supervisor',
    displayName: principal.displayName,
  };
}
