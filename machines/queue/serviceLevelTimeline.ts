// Replays one visit's event log into its transactions (wait, walk, service) and its status periods.

import type { TicketEventType, TicketStatus, VisitEvent, VisitStage } from '../contracts/index.js';
import { statusAfter } from './visitEventData.js';

/** What the figures need to know about one transaction of a visit (times in epoch milliseconds). */
export interface TransactionFacts {
  serviceId: string;
  queueId: string;
  startedAt: number;
  /** Called (or recalled) at least once. */
  called: boolean;
  /** Start → the last call before service began; null when never called. */
  waitMs: number | null;
  /** That last call → arrival; null without an arrival after a call. */
  walkMs: number | null;
  /** Serving time, parked and re-queued periods left out; set when service ended by completion, transfer or sign-out. */
  serviceMs: number | null;
  noShow: boolean;
  /** Stage at which the visitor left (staff recorded it) or cancelled from the status page. */
  leftStage: VisitStage | null;
  /** Never called and ended (left, cancelled, removed): how long it had waited. */
  endedUncalledAfterMs: number | null;
  outcomeId: string | null;
}

/** A stretch of time the visit spent in one status, queue and counter; `to` null: still so. */
export interface StatusPeriod {
  status: 'waiting' | 'called' | 'serving' | 'parked';
  queueId: string;
  counterId: string | null;
  from: number;
  to: number | null;
}

export interface VisitFacts {
  transactions: TransactionFacts[];
  /** The status the log leads to. */
  status: TicketStatus;
  periods: StatusPeriod[];
}

/** Events after which the visit sits at a counter (its counter column names the new holder). */
const takesCounter = new Set<TicketEventType>(['ticket.called', 'ticket.serving', 'ticket.resumed']);
/** Events that end a transaction's service time as a finished service. */
const finishesService = new Set<TicketEventType>([
  'ticket.completed',
  'ticket.transferred',
  'ticket.endedByLogout',
]);

interface Open {
  tx: TransactionFacts;
  lastCallAt: number | null;
  /** Arrival, walk-in service, resume, completion or no-show happened: later calls no longer count as wait. */
  waitEnded: boolean;
  hadService: boolean;
  servingSince: number | null;
  servedMs: number;
}

const endsWait = new Set<TicketEventType>([
  'ticket.arrived',
  'ticket.serving',
  'ticket.resumed',
  'ticket.completed',
  'ticket.noShow',
]);
const beginsServing = new Set<TicketEventType>(['ticket.arrived', 'ticket.serving', 'ticket.resumed']);
const uncalledEnds = new Set<TicketEventType>(['ticket.left', 'ticket.cancelled', 'ticket.removed']);
const openStatuses = new Set<TicketStatus>(['waiting', 'called', 'serving', 'parked']);

function stageOf(data: Record<string, unknown>): VisitStage | null {
  const stage = data.stage;
  return stage === 'waiting' || stage === 'called' || stage === 'serving' || stage === 'parked'
    ? stage
    : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function newTransaction(serviceId: string, queueId: string, at: number): Open {
  return {
    tx: {
      serviceId,
      queueId,
      startedAt: at,
      called: false,
      waitMs: null,
      walkMs: null,
      serviceMs: null,
      noShow: false,
      leftStage: null,
      endedUncalledAfterMs: null,
      outcomeId: null,
    },
    lastCallAt: null,
    waitEnded: false,
    hadService: false,
    servingSince: null,
    servedMs: 0,
  };
}

/** Records what one event says about the transaction it belongs to. */
function apply(current: Open, event: VisitEvent, at: number): void {
  const { tx } = current;
  const type = event.type;
  if (type === 'ticket.noted') return;
  if (current.servingSince !== null) {
    current.servedMs += at - current.servingSince;
    current.servingSince = null;
  }
  if (type === 'ticket.called' || type === 'ticket.recalled') {
    tx.called = true;
    if (!current.waitEnded) current.lastCallAt = at;
  }
  if (type === 'ticket.arrived' && !current.waitEnded && current.lastCallAt !== null) {
    tx.walkMs = at - current.lastCallAt;
  }
  if (endsWait.has(type)) current.waitEnded = true;
  if (beginsServing.has(type)) {
    current.hadService = true;
    current.servingSince = at;
  }
  if (type === 'ticket.completed') tx.outcomeId = text(event.data.outcomeId);
  if (type === 'ticket.noShow') tx.noShow = true;
  if (type === 'ticket.left' || type === 'ticket.cancelled') tx.leftStage = stageOf(event.data);
  if (!tx.called && uncalledEnds.has(type)) tx.endedUncalledAfterMs = at - tx.startedAt;
  const finished =
    finishesService.has(type) && (type !== 'ticket.transferred' || text(event.data.serviceId) !== null);
  if (finished && current.hadService) tx.serviceMs = current.servedMs;
}

/** The facts of one visit; `first` gives the first transaction's service and queue. */
export function replayVisit(
  first: { serviceId: string; queueId: string },
  events: readonly VisitEvent[],
): VisitFacts {
  const opened: Open[] = [];
  const periods: StatusPeriod[] = [];
  let status: TicketStatus = 'waiting';
  let counterId: string | null = null;

  for (const event of events) {
    const at = Date.parse(event.at);
    if (opened.length === 0) opened.push(newTransaction(first.serviceId, first.queueId, at));
    const current = opened.at(-1)!;
    apply(current, event, at);
    const type = event.type;
    const nextStatus: TicketStatus = statusAfter[type] ?? status;
    const queueId = text(event.data.queueId) ?? current.tx.queueId;
    const newService = type === 'ticket.transferred' ? text(event.data.serviceId) : null;
    if (newService !== null) opened.push(newTransaction(newService, queueId, at));
    else if (type === 'ticket.transferred') current.tx.queueId = queueId;
    if (takesCounter.has(type)) counterId = event.counterId;
    if (nextStatus === 'waiting' || !openStatuses.has(nextStatus)) counterId = null;
    const periodQueue = opened.at(-1)!.tx.queueId;
    const last = periods.at(-1);
    const changed =
      !last || last.status !== nextStatus || last.counterId !== counterId || last.queueId !== periodQueue;
    if (changed && last && last.to === null) last.to = at;
    if (changed && openStatuses.has(nextStatus)) {
      periods.push({
        status: nextStatus as StatusPeriod['status'],
        queueId: periodQueue,
        counterId,
        from: at,
        to: null,
      });
    }
    status = nextStatus;
  }
  for (const { tx, lastCallAt } of opened) {
    if (lastCallAt !== null) tx.waitMs = lastCallAt - tx.startedAt;
  }
  return { transactions: opened.map((o) => o.tx), status, periods };
}
