// Hands the information visits kept on this kiosk to the hub: oldest first, on request (the hub came back, the
// agent started) and every 10 s while any is kept; one round at a time (offline/roundLoop.ts). An answer from
// the hub forgets the visit; a refusal of its content (4xx) drops it, counted, so bad data never blocks the
// queue; an unreachable or failing hub, or one refusing this kiosk for now, ends the round. Compacted after.
import { type HubClient, HubError } from '../../../machines/contracts/index.js';
import { hubUnreachable } from '../offline/connectivity.js';
import { startRoundLoop } from '../offline/roundLoop.js';
import type { InfoVisitLog } from './infoVisitLog.js';

export interface InfoVisitHandOverDeps {
  hub: HubClient;
  log: InfoVisitLog;
  /** Time between rounds while visits are kept (default 10 s; null: only on `kick`). */
  intervalMs?: number | null;
  /** One line for the operator's log (counts and status codes only). */
  logLine?: (line: string) => void;
}

export interface InfoVisitHandOver {
  /** Sends what is kept now (or joins the round under way); never rejects. */
  kick(): Promise<void>;
  /** Visits the hub refused and the kiosk dropped since the agent started. */
  dropped(): number;
  stop(): Promise<void>;
}

/** The hub is away or failing, refuses this kiosk, or asks it to slow down: keep the visit, end the round. */
export function keepsVisit(err: unknown): boolean {
  if (hubUnreachable(err) || !(err instanceof HubError)) return true;
  return err.status === 401 || err.status === 403 || err.status === 429 || err.status >= 500;
}

export function startInfoVisitHandOver(deps: InfoVisitHandOverDeps): InfoVisitHandOver {
  const intervalMs = deps.intervalMs === undefined ? 10_000 : deps.intervalMs;
  let dropped = 0;

  async function round(): Promise<void> {
    let sent = 0;
    let refused = 0;
    for (const visit of deps.log.pending()) {
      if (loop.stopped) break;
      try {
        await deps.hub.call('recordInfoVisit', { body: visit });
        sent += 1;
      } catch (err) {
        if (keepsVisit(err)) break;
        refused += 1;
        deps.logLine?.(
          `the hub refused a kept information visit (${err instanceof HubError ? err.status : 'error'}); dropped`,
        );
      }
      deps.log.remove(visit.id);
    }
    if (sent + refused === 0) return;
    dropped += refused;
    deps.log.compact();
    if (sent > 0) deps.logLine?.(`handed over ${sent} kept information visit(s) to the hub`);
  }

  const loop = startRoundLoop({
    intervalMs,
    hasWork: () => deps.log.pending().length > 0,
    round: () =>
      round().catch((err: unknown) =>
        deps.logLine?.(`handing over information visits failed: ${(err as Error).message}`),
      ),
  });

  return { kick: loop.kick, dropped: () => dropped, stop: loop.stop };
}
