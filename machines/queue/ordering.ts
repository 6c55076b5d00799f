// Who a counter calls next, and why: the explainable ordering policy (head starts, weights, ratio, cool-down).
import type {
  CounterConfig,
  NextExplanation,
  QueuePolicy,
  RankedTicket,
  SkippedTicket,
  Ticket,
} from '../contracts/index.js';

export interface OrderingInput {
  policy: QueuePolicy;
  /** The counter asking; its `serves` is its work profile (empty: every queue, weight 1). */
  counter: CounterConfig;
  /** Every queue id of the site (an empty `serves` means all of them). */
  queueIds: readonly string[];
  /** Today's tickets with status `waiting` (any order). */
  waiting: readonly Ticket[];
  /** Priority classes of this counter's first calls today (not recalls), oldest first: the ratio's memory. */
  callHistory: readonly string[];
  now: Date;
}

type Kind = 'standard' | 'priority';
type Ratio = NonNullable<NextExplanation['ratio']>;

interface Candidate {
  ticket: Ticket;
  ranked: RankedTicket;
  kind: Kind;
}

interface Pick {
  candidate: Candidate;
  rule: NextExplanation['rule'];
  ratio: Ratio | null;
}

const MINUTE_MS = 60_000;
const MAX_RANKING = 10;
const MAX_SKIPPED = 20;

/** Queue id → weight at this counter; an empty work profile serves every queue with weight 1. */
function weightsAt(counter: CounterConfig, queueIds: readonly string[]): Map<string, number> {
  if (counter.serves.length === 0) return new Map(queueIds.map((id) => [id, 1]));
  return new Map(counter.serves.map((s) => [s.queueId, s.weight]));
}

function headStartOf(policy: QueuePolicy, classId: string): number {
  return policy.classes.find((c) => c.id === classId)?.headStartMinutes ?? 0;
}

function kindOf(policy: QueuePolicy, classId: string): Kind {
  return headStartOf(policy, classId) > 0 ? 'priority' : 'standard';
}

/** The numeric part of "A042" (42), for the last tie-break. */
function numberValue(number: string): number {
  return Number(number.replace(/^[A-Z]+/, ''));
}

/** Earlier rankAt, then earlier issuedAt, then lower number (then id, so the order is total). */
function byArrival(a: Ticket, b: Ticket): number {
  return (
    Date.parse(a.rankAt) - Date.parse(b.rankAt) ||
    Date.parse(a.issuedAt) - Date.parse(b.issuedAt) ||
    numberValue(a.number) - numberValue(b.number) ||
    a.number.localeCompare(b.number) ||
    a.id.localeCompare(b.id)
  );
}

function byScore(a: Candidate, b: Candidate): number {
  return b.ranked.score - a.ranked.score || byArrival(a.ticket, b.ticket);
}

function best(candidates: readonly Candidate[], order: (a: Candidate, b: Candidate) => number): Candidate {
  return candidates.reduce((winner, c) => (order(c, winner) < 0 ? c : winner));
}

/** The ratio's verdict from the counter's call history, when both kinds wait; null when it does not decide. */
function ratioTurn(policy: QueuePolicy, history: readonly string[], kinds: Set<Kind>): Ratio | null {
  const last = history.at(-1);
  if (!policy.ratio || last === undefined || kinds.size < 2) return null;
  const lastKind = kindOf(policy, last);
  let streak = 0;
  for (let i = history.length - 1; i >= 0 && kindOf(policy, history[i]!) === lastKind; i -= 1) streak += 1;
  const quota = lastKind === 'standard' ? policy.ratio.standard : policy.ratio.priority;
  if (streak < quota) return null;
  return { turn: lastKind === 'standard' ? 'priority' : 'standard', streak, quota };
}

/** Applies the rules in order to the eligible tickets: the one call-next would take now. */
function pickOne(candidates: readonly Candidate[], history: readonly string[], policy: QueuePolicy): Pick {
  const targeted = candidates.filter((c) => c.ticket.targetCounterId !== null);
  if (targeted.length > 0) {
    const frontFirst = (a: Candidate, b: Candidate) =>
      Number(b.ticket.front) - Number(a.ticket.front) || byArrival(a.ticket, b.ticket);
    return { candidate: best(targeted, frontFirst), rule: 'transferred-to-counter', ratio: null };
  }
  const atFront = candidates.filter((c) => c.ticket.front);
  if (atFront.length > 0) {
    return {
      candidate: best(atFront, (a, b) => byArrival(a.ticket, b.ticket)),
      rule: 'placed-at-front',
      ratio: null,
    };
  }
  const ratio = ratioTurn(policy, history, new Set(candidates.map((c) => c.kind)));
  if (ratio) {
    const ofTurn = candidates.filter((c) => c.kind === ratio.turn);
    return { candidate: best(ofTurn, byScore), rule: 'ratio-turn', ratio };
  }
  return { candidate: best(candidates, byScore), rule: 'highest-score', ratio: null };
}

function skippedOrder(a: SkippedTicket & { ticket: Ticket }, b: SkippedTicket & { ticket: Ticket }): number {
  const rank = (s: SkippedTicket) => ['cooling-down', 'other-counter', 'not-served-here'].indexOf(s.reason);
  return (
    rank(a) - rank(b) ||
    (a.eligibleAt && b.eligibleAt ? Date.parse(a.eligibleAt) - Date.parse(b.eligibleAt) : 0) ||
    byArrival(a.ticket, b.ticket)
  );
}

/** Explains, and so decides, the next ticket for `input.counter`; call-next calls exactly `ticketId`. */
export function explainNext(input: OrderingInput): NextExplanation {
  const { policy, counter, now } = input;
  const nowMs = now.getTime();
  const weights = weightsAt(counter, input.queueIds);
  const cooldownMs = policy.automaticRecallCooldownSeconds * 1000;
  const candidates: Candidate[] = [];
  const skipped: (SkippedTicket & { ticket: Ticket })[] = [];
  for (const ticket of input.waiting) {
    const base = { ticket, ticketId: ticket.id, number: ticket.number };
    const weight = weights.get(ticket.queueId);
    if (weight === undefined) {
      skipped.push({ ...base, reason: 'not-served-here', eligibleAt: null });
      continue;
    }
    if (ticket.targetCounterId !== null && ticket.targetCounterId !== counter.id) {
      skipped.push({ ...base, reason: 'other-counter', eligibleAt: null });
      continue;
    }
    if (ticket.lastCalledAt !== null) {
      const eligibleMs = Date.parse(ticket.lastCalledAt) + cooldownMs;
      if (nowMs < eligibleMs) {
        skipped.push({ ...base, reason: 'cooling-down', eligibleAt: new Date(eligibleMs).toISOString() });
        continue;
      }
    }
    const waitedMinutes = Math.max(0, (nowMs - Date.parse(ticket.rankAt)) / MINUTE_MS);
    const headStartMinutes = headStartOf(policy, ticket.priorityClass);
    candidates.push({
      ticket,
      kind: kindOf(policy, ticket.priorityClass),
      ranked: {
        ticketId: ticket.id,
        number: ticket.number,
        queueId: ticket.queueId,
        priorityClass: ticket.priorityClass,
        waitedMinutes,
        headStartMinutes,
        weight,
        score: (waitedMinutes + headStartMinutes) * weight,
      },
    });
  }

  const picks: Pick[] = [];
  const history = [...input.callHistory];
  let remaining = candidates;
  while (remaining.length > 0 && picks.length < MAX_RANKING) {
    const pick = pickOne(remaining, history, policy);
    picks.push(pick);
    history.push(pick.candidate.ticket.priorityClass);
    remaining = remaining.filter((c) => c !== pick.candidate);
  }

  const first = picks[0];
  return {
    counterId: counter.id,
    at: now.toISOString(),
    ticketId: first?.candidate.ticket.id ?? null,
    number: first?.candidate.ticket.number ?? null,
    rule: first?.rule ?? 'nobody-eligible',
    ratio: first?.ratio ?? null,
    ranking: picks.map((p) => p.candidate.ranked),
    skipped: skipped
      .sort(skippedOrder)
      .slice(0, MAX_SKIPPED)
      .map(({ ticketId, number, reason, eligibleAt }) => ({ ticketId, number, reason, eligibleAt })),
  };
}
