// Hands the walk-in requests saved on this kiosk to the hub once it answers again: each pending request, oldest
// first, sent with `handOver: true` (same id, status token and capture time), on request (the hub came back, the
// agent started) and every 10 s while any is pending; one round at a time. Any 2xx answer marks it handed over
// (the log then forgets its data); an unreachable hub ends the round; a refusal keeps it for the next round.
import { type HubClient, HubError } from '../../../machines/contracts/index.js';
import { hubUnreachable } from '../offline/connectivity.js';
import { startRoundLoop } from '../offline/roundLoop.js';
import type { CapturedRequest, CaseRequestLog } from './requestLog.js';

export interface CaseHandOverDeps {
  hub: HubClient;
  log: CaseRequestLog;
  /** Time between rounds while something is pending (default 10 s; null: only on `kick`). */
  intervalMs?: number | null;
  /** One line for the operator's log (counts and status codes only, never request content). */
  logLine?: (line: string) => void;
}

export interface CaseHandOver {
  /** Sends what is pending now (or joins the round under way); never rejects. */
  kick(): Promise<void>;
  /**
   * Runs `fn` (the visitor's own submit) while no round sends `requestId`: waits for a send of it under way,
   * and rounds skip it until `fn` settles, so one request is never sent twice at once.
   */
  hold<T>(requestId: string, fn: () => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

/** Whether a failed send should end the round: the hub is away, refuses this kiosk, or asks it to slow down. */
function endsRound(err: unknown): boolean {
  if (hubUnreachable(err) || !(err instanceof HubError)) return true;
  return err.status === 401 || err.status === 403 || err.status === 429 || err.status >= 500;
}

export function startCaseHandOver(deps: CaseHandOverDeps): CaseHandOver {
  const intervalMs = deps.intervalMs === undefined ? 10_000 : deps.intervalMs;
  const held = new Set<string>();
  let sending: { id: string; done: Promise<void> } | null = null;

  const sendable = () => deps.log.pending().filter((r) => !held.has(r.requestId));

  async function send(request: CapturedRequest): Promise<'accepted' | 'refused' | 'stop'> {
    try {
      await deps.hub.call('submitCaseRequest', { body: { ...request, handOver: true } });
    } catch (err) {
      if (endsRound(err)) return 'stop';
      deps.logLine?.(
        `the hub refused a saved request (${err instanceof HubError ? err.status : 'error'}); it stays on the kiosk`,
      );
      return 'refused';
    }
    deps.log.handedOver(request.requestId);
    return 'accepted';
  }

  async function round(): Promise<void> {
    let accepted = 0;
    const tried = new Set<string>();
    while (!loop.stopped) {
      const next = sendable().find((r) => !tried.has(r.requestId));
      if (!next) break;
      tried.add(next.requestId);
      const done = send(next);
      sending = { id: next.requestId, done: done.then(() => {}) };
      const outcome = await done.finally(() => {
        sending = null;
      });
      if (outcome === 'stop') break;
      if (outcome === 'accepted') accepted += 1;
    }
    if (accepted > 0) deps.logLine?.(`handed over ${accepted} saved request(s) to the hub`);
  }

  const loop = startRoundLoop({
    intervalMs,
    hasWork: () => sendable().length > 0,
    round: () =>
      round().catch((err: unknown) =>
        deps.logLine?.(`handing over saved requests failed: ${(err as Error).message}`),
      ),
  });

  return {
    kick: loop.kick,
    async hold(requestId, fn) {
      held.add(requestId);
      try {
        if (sending?.id === requestId) await sending.done;
        return await fn();
      } finally {
        held.delete(requestId);
      }
    },
    stop: loop.stop,
  };
}
