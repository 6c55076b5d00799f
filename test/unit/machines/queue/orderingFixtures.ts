// Builders for ordering tests: waiting tickets at minute offsets from a fixed instant, a policy, counters.
import type { CounterConfig, QueuePolicy, Ticket } from '../../../../machines/contracts/index.js';
import { newVisit } from '../../../../machines/queue/newVisit.js';

export const T0 = Date.parse('2026-03-10T16:00:00.000Z');
export const queueIds = ['utility', 'permits', 'parking'] as const;
const prefixes: Record<string, string> = { utility: 'A', permits: 'P', parking: 'K' };

export const atMinute = (minute: number): Date => new Date(T0 + minute * 60_000);
export const isoAtMinute = (minute: number): string => atMinute(minute).toISOString();

export function policy(changes: Partial<QueuePolicy> = {}): QueuePolicy {
  return {
    classes: [
      { id: 'standard', name: 'Standard', headStartMinutes: 0, forNeeds: [] },
      {
        id: 'accessibility',
        name: 'Accessibility',
        headStartMinutes: 20,
        forNeeds: ['wheelchair', 'seating'],
      },
      { id: 'urgent', name: 'Urgent', headStartMinutes: 40, forNeeds: ['seating', 'vision'] },
    ],
    ratio: null,
    automaticRecallCooldownSeconds: 300,
    manualRecallCooldownSeconds: 10,
    maxCalls: 3,
    serviceLevelMinutes: 15,
    ...changes,
  };
}

export function counter(id = 'counter-1', serves: CounterConfig['serves'] = []): CounterConfig {
  return { id, name: `Counter ${id}`, displayName: id.slice(-2), serves };
}

export interface TicketSpec {
  /** Position in its queue: gives the number (A001…) and the id. */
  n: number;
  queueId?: string;
  /** Minutes after T0 it was issued. */
  issued?: number;
  /** Minutes after T0 ordering ranks it from (default: issued). */
  rank?: number;
  priorityClass?: string;
  front?: boolean;
  targetCounterId?: string | null;
  lastCalled?: number | null;
}

export function ticket(spec: TicketSpec): Ticket {
  const queueId = spec.queueId ?? 'utility';
  const issued = spec.issued ?? spec.n;
  const issuedAt = isoAtMinute(issued);
  const prefix = prefixes[queueId] ?? 'Z';
  const idTail =
    `${Object.keys(prefixes).indexOf(queueId) + 1}`.padStart(4, '0') + `${spec.n}`.padStart(8, '0');
  return {
    ...newVisit({
      id: `00000000-0000-4000-8000-${idTail}`,
      number: `${prefix}${`${spec.n}`.padStart(3, '0')}`,
      queueId,
      serviceId: queueId,
      language: 'en',
      needs: { interpreter: null, accessibility: [] },
      priorityClass: spec.priorityClass ?? 'standard',
      serviceDay: '2026-03-10',
      issuedAt,
    }),
    rankAt: isoAtMinute(spec.rank ?? issued),
    front: spec.front ?? false,
    targetCounterId: spec.targetCounterId ?? null,
    lastCalledAt: spec.lastCalled == null ? null : isoAtMinute(spec.lastCalled),
  };
}
