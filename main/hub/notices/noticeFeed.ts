// Keeps every open event-stream socket's notices current: each socket gets its receiver's list after the
// snapshot, then again whole whenever a publish, change or withdrawal alters that list.
import type { WebSocket } from '@fastify/websocket';
import type { NoticesMessage } from '../../../machines/contracts/index.js';
import type { NoticeReceiver, NoticesHub } from './noticesHub.js';

export interface NoticeFeed {
  /**
   * Sends `receiver`'s notices to `socket` now (`first: 'always'`, or `'when-any'`: only when there are some),
   * then after every change that alters them, until the socket closes.
   */
  add(socket: WebSocket, receiver: NoticeReceiver, first: 'always' | 'when-any'): void;
  /** Stops following changes. */
  stop(): void;
}

const keyOf = (receiver: NoticeReceiver) =>
  receiver.kind === 'desk' ? 'desk' : `${receiver.kind}:${receiver.deviceId ?? '*'}`;

interface Follower {
  receiver: NoticeReceiver;
  /** The JSON of the list last sent (or of the empty list when nothing was sent yet). */
  last: string;
}

export function createNoticeFeed(
  notices: NoticesHub,
  send: (socket: WebSocket, message: NoticesMessage) => void,
): NoticeFeed {
  const followers = new Map<WebSocket, Follower>();
  const stop = notices.subscribe(() => {
    const lists = new Map<string, NoticesMessage['notices']>();
    for (const [socket, follower] of followers) {
      const key = keyOf(follower.receiver);
      const list = lists.get(key) ?? notices.forReceiver(follower.receiver);
      lists.set(key, list);
      const json = JSON.stringify(list);
      if (json === follower.last) continue;
      follower.last = json;
      send(socket, { kind: 'notices', notices: list });
    }
  });
  return {
    add(socket, receiver, first) {
      const list = notices.forReceiver(receiver);
      if (first === 'always' || list.length > 0) send(socket, { kind: 'notices', notices: list });
      followers.set(socket, { receiver, last: JSON.stringify(list) });
      socket.on('close', () => followers.delete(socket));
    },
    stop,
  };
}
