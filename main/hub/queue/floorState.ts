// Counter and queue state derived from floor events, and the contract FloorEvent a committed one becomes.
import type {
  BreakReason,
  CounterState,
  FloorEvent,
  QueueState,
  SiteConfig,
} from '../../../machines/contracts/index.js';
import type { FloorRecord, QueueReader } from '../store/queueStore.js';

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export const closedCounter = (counterId: string): CounterState => ({
  counterId,
  status: 'closed',
  staffUserId: null,
  staffName: null,
  since: null,
  breakReason: null,
});

/** A counter after its newest counter.* event (each carries the session's staff member in its data). */
export function counterStateOf(counterId: string, last: FloorRecord | undefined): CounterState {
  if (!last) return closedCounter(counterId);
  if (last.type === 'counter.signedOut') return { ...closedCounter(counterId), since: last.at };
  return {
    counterId,
    status: last.type === 'counter.breakStarted' ? 'break' : 'open',
    staffUserId: str(last.data.staffUserId),
    staffName: str(last.data.staffName),
    since: last.at,
    breakReason: last.type === 'counter.breakStarted' ? (str(last.data.reason) as BreakReason) : null,
  };
}

/** A queue's intake switch after the floor events of its service day (oldest first). */
export function queueStateOf(queueId: string, dayEvents: readonly FloorRecord[]): QueueState {
  let closedByStaff = false;
  for (const event of dayEvents) {
    if (event.queueId !== queueId) continue;
    if (event.type === 'queue.closed') closedByStaff = true;
    if (event.type === 'queue.opened') closedByStaff = false;
  }
  return { queueId, closedByStaff };
}

/** Every configured counter's state, in configuration order. */
export function counterStates(config: SiteConfig, reader: QueueReader): CounterState[] {
  const last = new Map(reader.lastCounterEvents().map((e) => [e.counterId, e]));
  return config.counters.map((c) => counterStateOf(c.id, last.get(c.id)));
}

/** One counter's state. */
export function counterState(reader: QueueReader, counterId: string): CounterState {
  return counterStateOf(counterId, reader.lastCounterEvent(counterId));
}

/** Every configured queue's intake switch on `serviceDay`, in configuration order. */
export function queueStates(config: SiteConfig, reader: QueueReader, serviceDay: string): QueueState[] {
  const events = reader.floorEventsOfDays(serviceDay, serviceDay);
  return config.queues.map((q) => queueStateOf(q.id, events));
}

/** The contract event for a committed floor record. */
export function toFloorEvent(record: FloorRecord): FloorEvent {
  const isCounter = record.type.startsWith('counter.');
  return {
    seq: record.seq,
    type: record.type,
    at: record.at,
    counter: isCounter && record.counterId ? counterStateOf(record.counterId, record) : null,
    queue: !isCounter && record.queueId ? queueStateOf(record.queueId, [record]) : null,
  };
}
