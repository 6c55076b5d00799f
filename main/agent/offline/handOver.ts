// Hands the tickets issued offline to the hub once it answers again: the oldest 100 pending at a time, on
// request (each hub contact) and every 10 s while any is pending. Placed, duplicate and closed tickets are marked
// handed over in the log; rejected ones stay pending but parked until the agent restarts (never resent in a loop).
import type { HandOverResult, HubClient } from '../../../machines/contracts/index.js';
import type { OfflineLog } from './offlineLog.js';
import { startRoundLoop } from './roundLoop.js';

/** Most tickets in one hand-over request (the contract's limit). */
export const HAND_OVER_BATCH = 100;

export interface HandOverDeps {
  hub: HubClient;
  log: OfflineLog;
  /** Time between attempts while something is pending (default 10 s; null: only on `kick`). */
  intervalMs?: number | null;
  /** One line for the operator's log (counts only, never ticket content). */
  logLine?: (line: string) => void;
}

export interface HandOver {
  /** Sends what is pending now (or joins the attempt under way); never rejects. */
  kick(): Promise<void>;
  /** Tickets the hub refused (kept in the log, not sent again until a restart). */
  parked(): number;
  stop(): Promise<void>;
}

export function startHandOver(deps: HandOverDeps): HandOver {
  const intervalMs = deps.intervalMs === undefined ? 10_000 : deps.intervalMs;
  const parked = new Set<string>();

  const sendable = () => deps.log.pending().filter((t) => !parked.has(t.offline.id));

  /** One request; true when the hub answered (more may follow). */
  async function sendBatch(): Promise<boolean> {
    const batch = sendable().slice(0, HAND_OVER_BATCH);
    if (batch.length === 0) return false;
    let answer: HandOverResult;
    try {
      answer = await deps.hub.call('handOverOfflineTickets', {
        body: { tickets: batch.map((t) => t.offline) },
      });
    } catch {
      // Unreachable or refused as a whole: the next attempt sends the same tickets again.
      return false;
    }
    const sent = new Set(batch.map((t) => t.offline.id));
    let refused = 0;
    for (const result of answer.results) {
      if (!sent.has(result.id)) continue;
      if (result.outcome === 'rejected') {
        parked.add(result.id);
        refused += 1;
      } else {
        deps.log.append({ kind: 'handedOver', id: result.id, outcome: result.outcome });
      }
    }
    if (refused > 0)
      deps.logLine?.(`the hub refused ${refused} offline ticket(s); they stay in the offline log`);
    return true;
  }

  async function run(): Promise<void> {
    // Keep going while the hub takes batches and more are pending.
    let more = true;
    while (!loop.stopped && more) more = await sendBatch();
  }

  const loop = startRoundLoop({ intervalMs, hasWork: () => sendable().length > 0, round: run });

  return {
    kick: loop.kick,
    parked: () => parked.size,
    stop: loop.stop,
  };
}
