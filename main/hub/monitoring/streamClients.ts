// Counts the open WebSocket clients of the hub's event stream by the caller's role (none: not signed in),
// learned from the access guard's verdict on the upgrade request.
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import { DeviceRole, StaffRole } from '../../../machines/contracts/index.js';
import { streamPath } from '../auth/accessGuard.js';
import type { Sample } from './promText.js';

export interface StreamClients {
  byRole(): Sample[];
}

const roles = [...StaffRole.options, ...DeviceRole.options, 'none'];

/** Register after the access guard, so that `request.caller` is known when this hook runs. */
export function trackStreamClients(app: FastifyInstance): StreamClients {
  const roleOfRequest = new WeakMap<IncomingMessage, string>();
  const roleOfSocket = new WeakMap<WebSocket, string>();
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.url !== streamPath) return;
    roleOfRequest.set(request.raw, request.caller?.principal.role ?? 'none');
  });
  app.websocketServer.on('connection', (socket: WebSocket, raw: IncomingMessage) => {
    roleOfSocket.set(socket, roleOfRequest.get(raw) ?? 'none');
  });
  return {
    byRole() {
      const counts = new Map<string, number>(roles.map((role) => [role, 0]));
      for (const socket of app.websocketServer.clients) {
        if (socket.readyState !== socket.OPEN) continue;
        const role = roleOfSocket.get(socket) ?? 'none';
        counts.set(role, (counts.get(role) ?? 0) + 1);
      }
      return [...counts].map(([role, value]) => ({ labels: { role }, value }));
    },
  };
}
