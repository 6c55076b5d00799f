// The desk, display and maintenance screens' only door to the hub: typed HTTP commands and one live stream.
import {
  createHubClient,
  DisplayMessage,
  type FetchLike,
  type HubClient,
  StaffMessage,
  type StreamView,
} from '../../machines/contracts/index.js';

export type ConnectionState = 'connecting' | 'open' | 'reconnecting';

export interface StreamMessages {
  staff: StaffMessage;
  display: DisplayMessage;
}

export interface Subscription {
  /** Drop the current socket and connect again at once (the hub answers with a fresh snapshot). */
  resync(): void;
  /** Stop for good: close the socket and cancel any pending reconnect. */
  close(): void;
}

export interface HubBridge {
  call: HubClient['call'];
  subscribe<V extends StreamView>(
    view: V,
    onMessage: (message: StreamMessages[V]) => void,
    onConnection: (state: ConnectionState) => void,
  ): Subscription;
}

/** The part of the WebSocket API the bridge uses (the browser's, or `ws` in tests). */
export interface SocketLike {
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  close(): void;
}

export interface BridgeDeps {
  fetch: FetchLike;
  openSocket: (url: string) => SocketLike;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
}

/** Reconnect delays: 0.5 s doubling to at most 5 s; reset once a valid message arrives. */
export function backoffDelay(attempt: number): number {
  return Math.min(5000, 500 * 2 ** Math.max(0, attempt));
}

const schemas = { staff: StaffMessage, display: DisplayMessage } as const;

function browserDeps(): BridgeDeps {
  return {
    fetch: (url, init) => globalThis.fetch(url, init),
    openSocket: (url) => new WebSocket(url) as unknown as SocketLike,
    setTimer: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimer: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}

export function eventsUrl(baseUrl: string, view: StreamView): string {
  const url = new URL('/api/events', baseUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('view', view);
  return url.toString();
}

export function createHubBridge(
  baseUrl: string = location.origin,
  deps: BridgeDeps = browserDeps(),
): HubBridge {
  const client = createHubClient(baseUrl, deps.fetch);
  return {
    call: (route, args) => client.call(route, args),
    subscribe(view, onMessage, onConnection) {
      const url = eventsUrl(baseUrl, view);
      let socket: SocketLike | null = null;
      let timer: unknown = null;
      let attempt = 0;
      let closed = false;

      const drop = () => {
        if (timer !== null) deps.clearTimer(timer);
        timer = null;
        if (!socket) return;
        const old = socket;
        socket = null;
        old.onopen = old.onmessage = old.onclose = old.onerror = null;
        old.close();
      };

      const connect = () => {
        drop();
        if (closed) return;
        const current = deps.openSocket(url);
        socket = current;
        current.onopen = () => onConnection('open');
        current.onmessage = (event) => {
          let payload: unknown;
          try {
            payload = JSON.parse(String(event.data));
          } catch {
            payload = undefined;
          }
          const parsed = schemas[view].safeParse(payload);
          if (!parsed.success) {
            scheduleReconnect();
            return;
          }
          attempt = 0;
          onMessage(parsed.data as StreamMessages[typeof view]);
        };
        current.onclose = () => scheduleReconnect();
        current.onerror = () => scheduleReconnect();
      };

      const scheduleReconnect = () => {
        drop();
        if (closed) return;
        onConnection('reconnecting');
        timer = deps.setTimer(() => {
          timer = null;
          connect();
        }, backoffDelay(attempt));
        attempt += 1;
      };

      onConnection('connecting');
      connect();
      return {
        resync() {
          if (closed) return;
          onConnection('reconnecting');
          connect();
        },
        close() {
          closed = true;
          drop();
        },
      };
    },
  };
}
