// The desk, display and maintenance screens' only door to the hub: typed HTTP commands, one live stream, and
// a signal when the hub stops accepting this browser's credential (401) or refuses its role (403).
import {
  createHubClient,
  DisplayMessage,
  type FetchLike,
  type HubClient,
  HubError,
  type HubRoute,
  KioskMessage,
  StaffMessage,
  type StreamView,
} from '../../machines/contracts/index.js';

export type ConnectionState = 'connecting' | 'open' | 'reconnecting';

export interface StreamMessages {
  staff: StaffMessage;
  display: DisplayMessage;
  kiosk: KioskMessage;
}

export interface Subscription {
  /** Drop the current socket and connect again at once (the hub answers with a fresh snapshot). */
  resync(): void;
  /** Stop for good: close the socket and cancel any pending reconnect. */
  close(): void;
}

/** Why the hub refused: no valid credential any more (401), or a credential without the role (403). */
export type AuthProblem = 'unauthenticated' | 'forbidden';

/** The hub refused a call because of who is calling; `problem` says which way. */
export function authProblemOf(error: unknown): AuthProblem | null {
  if (!(error instanceof HubError)) return null;
  if (error.status === 401 || error.code === 'unauthenticated') return 'unauthenticated';
  if (error.status === 403 || error.code === 'forbidden') return 'forbidden';
  return null;
}

/**
 * Routes whose 401 is an answer rather than a lost session: `me` before signing in, wrong sign-in details,
 * a refused enrolment code. A 401 anywhere else means the session or device credential has ended.
 */
const answersWith401 = new Set<HubRoute>(['me', 'login', 'enrol']);

/** WebSocket close code the hub uses when it refuses a stream after the upgrade (policy violation). */
export const refusedCloseCode = 1008;

export interface HubBridge {
  call: HubClient['call'];
  /**
   * Called when a command, or the live stream, finds the credential gone (401) or the role refused (403).
   * Returns a function that stops listening.
   */
  onAuthProblem(listener: (problem: AuthProblem) => void): () => void;
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

const schemas = { staff: StaffMessage, display: DisplayMessage, kiosk: KioskMessage } as const;

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
  const listeners = new Set<(problem: AuthProblem) => void>();
  const report = (problem: AuthProblem) => {
    for (const listener of [...listeners]) listener(problem);
  };
  /** After a refused or failed stream: ask who we are; only a definite 401 counts (unreachable does not). */
  const probeCredential = (onRefused: (problem: AuthProblem) => void) => {
    client.call('me', {}).then(
      () => undefined,
      (error: unknown) => {
        if (authProblemOf(error) === 'unauthenticated') onRefused('unauthenticated');
      },
    );
  };
  return {
    async call(route, args) {
      try {
        return await client.call(route, args);
      } catch (error) {
        const problem = authProblemOf(error);
        if (problem === 'forbidden' || (problem === 'unauthenticated' && !answersWith401.has(route))) {
          report(problem);
        }
        throw error;
      }
    },
    onAuthProblem(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribe(view, onMessage, onConnection) {
      const url = eventsUrl(baseUrl, view);
      let socket: SocketLike | null = null;
      let timer: unknown = null;
      let attempt = 0;
      let closed = false;

      const refused = (problem: AuthProblem) => {
        if (closed) return;
        closed = true;
        drop();
        report(problem);
      };

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
        let opened = false;
        current.onopen = () => {
          opened = true;
          onConnection('open');
        };
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
        current.onclose = (event) => {
          const code = (event as { code?: unknown } | null)?.code;
          if (code === refusedCloseCode || !opened) probeCredential(refused);
          scheduleReconnect();
        };
        current.onerror = () => {
          if (!opened) probeCredential(refused);
          scheduleReconnect();
        };
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
