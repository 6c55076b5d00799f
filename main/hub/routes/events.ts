// WebSocket /api/events?view=staff|display|kiosk: staff and display get a snapshot on connect, then every
// committed event (ticket and floor) in seq order; every view gets its notices (notices/noticeFeed.ts): the
// kiosk view carries nothing else. The access guard checks the caller on the upgrade; a revoked session or
// device closes its sockets at once, and a staff session that expires (idle or absolute) closes them at the next
// ping round.
import type { WebSocket } from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import {
  type DisplayMessage,
  type KioskMessage,
  type SiteConfig,
  type StaffMessage,
  StreamView,
} from '../../../machines/contracts/index.js';
import type { Revocation } from '../auth/authDeps.js';
import type { Caller } from '../auth/authenticate.js';
import { createNoticeFeed } from '../notices/noticeFeed.js';
import type { NoticeReceiver } from '../notices/noticesHub.js';
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

/**
 * Whose notices a socket gets: the desks' on the staff view; on the display and kiosk views the device's own, or
 * every display notice for a member of staff watching the display stream.
 */
function receiverOf(view: StreamView, caller: Caller | null): NoticeReceiver {
  if (view === 'staff') return { kind: 'desk' };
  const principal = caller?.principal;
  return { kind: view, deviceId: principal?.kind === 'device' ? principal.deviceId : null };
}

/** Sends `message` (or its JSON, already written) unless the socket is closed; drops a client too far behind. */
function send(socket: WebSocket, message: StaffMessage | DisplayMessage | KioskMessage | string): void {
  if (socket.readyState !== socket.OPEN) return;
  if (socket.bufferedAmount > maxBufferedBytes) {
    socket.terminate();
    return;
  }
  socket.send(typeof message === 'string' ? message : JSON.stringify(message));
}

/** Each event's message for a view, written as JSON once however many sockets of that view there are. */
function messageWriter<M>(toMessage: (event: HubEvent) => M): (event: HubEvent) => string {
  const written = new WeakMap<HubEvent, string>();
  return (event) => {
    let text = written.get(event);
    if (text === undefined) {
      text = JSON.stringify(toMessage(event));
      written.set(event, text);
    }
    return text;
  };
}

export function registerEvents(
  app: FastifyInstance,
  { queue, bus, auth, config, notices }: RouteDeps,
  { pingIntervalMs = 30_000 }: EventStreamOptions = {},
): void {
  const alive = new WeakMap<WebSocket, boolean>();
  const callers = new Map<WebSocket, Caller>();
  const noticeFeed = createNoticeFeed(notices, send);
  const staffText = messageWriter(staffMessage);
  const displayText = messageWriter((event) => displayMessage(config, event));
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
        socket.close(1008, 'add ?view=staff, ?view=display or ?view=kiosk to the address');
        return;
      }
      if (request.caller) callers.set(socket, request.caller);
      socket.on('close', () => callers.delete(socket));
      alive.set(socket, true);
      socket.on('pong', () => alive.set(socket, true));
      socket.on('error', () => socket.terminate());
      const receiver = receiverOf(view.data, request.caller);
      // Kiosks always learn their list (they keep it through outages, so an empty one withdraws what they hold);
      // staff and display streams get one after the snapshot only when there are notices.
      if (view.data === 'kiosk') {
        noticeFeed.add(socket, receiver, 'always');
        return;
      }
      // The snapshot and the subscription happen in one synchronous step, so no event can fall between them.
      if (view.data === 'staff') {
        send(socket, { kind: 'snapshot', snapshot: queue.snapshot() });
      } else {
        send(socket, { kind: 'snapshot', ...queue.displaySnapshot() });
      }
      noticeFeed.add(socket, receiver, 'when-any');
      const textOf = view.data === 'staff' ? staffText : displayText;
      const unsubscribe = bus.subscribe((event) => send(socket, textOf(event)));
      socket.on('close', unsubscribe);
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
    noticeFeed.stop();
  });
}
