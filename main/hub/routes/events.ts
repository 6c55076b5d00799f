// WebSocket /api/events?view=staff|display: a snapshot on connect, then every committed event (ticket and
// floor) in seq order; the access guard checks the caller on the upgrade; a revoked session or device closes
// its sockets at once, and a staff session that expires (idle or absolute) closes them at the next ping round.
import type { WebSocket } from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import {
  type DisplayMessage,
  type SiteConfig,
  type StaffMessage,
  StreamView,
} from '../../../machines/contracts/index.js';
import type { Revocation } from '../auth/authDeps.js';
import type { Caller } from '../auth/authenticate.js';
import { type HubEvent, isTicketEvent } from '../queue/hubEventBus.js';
import { isCallEvent, publicCallOf } from '../queue/publicCall.js';
import { sendApiError } from './apiErrors.js';
import type { RouteDeps } from './routeDeps.js';

/** A client further behind than this is dropped; it reconnects and gets a fresh snapshot. */
const maxBufferedBytes = 1_000_000;

export interface EventStreamOptions {
  /** How often dead sockets are looked for with a ping (default 30 s). */
  pingIntervalMs?: number;
}

function staffMessage(event: HubEvent): StaffMessage {
  return isTicketEvent(event) ? { kind: 'event', event } : { kind: 'floor', event };
}

/** Displays learn calls only; every other event is a bare tick that advances seq. */
function displayMessage(config: SiteConfig, event: HubEvent): DisplayMessage {
  if (!isTicketEvent(event) || !isCallEvent(event)) return { kind: 'tick', seq: event.seq };
  return { kind: 'call', seq: event.seq, call: publicCallOf(config, event) };
}

function isRevoked(caller: Caller, revocation: Revocation): boolean {
  if ('deviceId' in revocation) {
    return caller.principal.kind === 'device' && caller.principal.deviceId === revocation.deviceId;
  }
  if ('userId' in revocation) {
    return caller.principal.kind === 'staff' && caller.principal.userId === revocation.userId;
  }
  return caller.sessionId === revocation.sessionId;
}

function send(socket: WebSocket, message: StaffMessage | DisplayMessage): void {
  if (socket.readyState !== socket.OPEN) return;
  if (socket.bufferedAmount > maxBufferedBytes) {
    socket.terminate();
    return;
  }
  socket.send(JSON.stringify(message));
}

export function registerEvents(
  app: FastifyInstance,
  { queue, bus, auth, config }: RouteDeps,
  { pingIntervalMs = 30_000 }: EventStreamOptions = {},
): void {
  const alive = new WeakMap<WebSocket, boolean>();
  const callers = new Map<WebSocket, Caller>();
  const stopWatching = auth.onRevoked((revocation) => {
    for (const [socket, caller] of callers) {
      if (isRevoked(caller, revocation)) socket.close(1008, 'signed out: sign in or enrol again');
    }
  });

  app.route({
    method: 'GET',
    url: '/api/events',
    handler: (_request, reply) =>
      sendApiError(
        reply,
        426,
        'invalid-request',
        'Open /api/events as a WebSocket (ws://…/api/events?view=staff).',
      ),
    wsHandler: (socket, request) => {
      const view = StreamView.safeParse((request.query as Record<string, unknown>).view);
      if (!view.success) {
        socket.close(1008, 'add ?view=staff or ?view=display to the address');
        return;
      }
      if (request.caller) callers.set(socket, request.caller);
      socket.on('close', () => callers.delete(socket));
      alive.set(socket, true);
      socket.on('pong', () => alive.set(socket, true));
      // The snapshot and the subscription happen in one synchronous step, so no event can fall between them.
      if (view.data === 'staff') {
        send(socket, { kind: 'snapshot', snapshot: queue.snapshot() });
      } else {
        send(socket, { kind: 'snapshot', ...queue.displaySnapshot() });
      }
      const unsubscribe = bus.subscribe((event) =>
        send(socket, view.data === 'staff' ? staffMessage(event) : displayMessage(config, event)),
      );
      socket.on('close', unsubscribe);
      socket.on('error', () => socket.terminate());
    },
  });

  const timer = setInterval(() => {
    for (const [socket, caller] of callers) {
      if (caller.sessionId && !auth.sessions.isLive(caller.sessionId)) {
        socket.close(1008, 'session ended: sign in again');
      }
    }
    for (const client of app.websocketServer.clients) {
      if (alive.get(client) === false) {
        client.terminate();
        continue;
      }
      alive.set(client, false);
      client.ping();
    }
  }, pingIntervalMs);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    stopWatching();
  });
}
