// The signed-in staff member's username, as recorded on the commands they queue for kiosks.
import type { FastifyRequest } from 'fastify';
import { staffCallerOf } from './callerOf.js';

export function staffUsernameOf(request: FastifyRequest): string {
  const { principal } = staffCallerOf(request);
  if (principal.kind !== 'staff') throw new Error('staffCallerOf returned a device');
  return principal.username;
}
