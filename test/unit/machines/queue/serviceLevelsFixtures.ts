// A tiny builder of hand-written visit logs and floor events for the service-level tests.
import {
  type CounterState,
  type FloorEvent,
  SiteConfig,
  type Ticket,
  type TicketEventType,
  type TicketStatus,
  type VisitEvent,
  type VisitStage,
} from '../../../../machines/contracts/index.js';
import { newVisit } from '../../../../machines/queue/newVisit.js';
import type { VisitLog } from '../../../../machines/queue/serviceLevels.js';
import { statusAfter } from '../../../../machines/queue/visitEventData.js';
import { instantOfLocal } from '../../../../machines/time/localClock.js';

export const timeZone = 'America/Los_Angeles';

/** Two queues, two services, two counters (counter-1 serves utility only, counter-2 everything). */
export const config = SiteConfig.parse({
  site: { id: 'test-site', name: 'Test', address: 'Somewhere', timeZone },
  languages: ['en', 'es'],
  queues: [
    { id: 'utility', prefix: 'A', name: 'Utility' },
    { id: 'permits', prefix: 'P', name: 'Permits' },
  ],
  services: [
    { id: 'utility-bills', queueId: 'utility', name: 'Utility bills' },
    { id: 'permits', queueId: 'permits', name: 'Permits' },
  ],
  counters: [
    { id: 'counter-1', name: 'Counter 1', displayName: '1', serves: [{ queueId: 'utility', weight: 1 }] },
    { id: 'counter-2', name: 'Counter 2', displayName: '2', serves: [] },
  ],
  outcomes: [
    { id: 'resolved', name: 'Resolved', kind: 'resolved', firstContact: true },
    { id: 'information-given', name: 'Information', kind: 'information', firstContact: true },
    { id: 'referred', name: 'Referred', kind: 'referred', firstContact: false },
  ],
  bureaus: [{ id: 'water', name: 'Water Bureau' }],
  policy: {
    classes: [{ id: 'standard', name: 'Standard', headStartMinutes: 0, forNeeds: [] }],
    serviceLevelMinutes: 15,
  },
  intake: { openingHours: null },
});

/** A Thursday in standard time (UTC−8). */
export const day = '2026-11-26';

/** The instant of a site-local "HH:MM" on `onDay` (default `day`), as ISO text. */
export function at(hhmm: string, onDay = day): string {
  const [year, month, date] = onDay.split('-').map(Number) as [number, number, number];
  return instantOfLocal({ year, month, day: date }, hhmm, timeZone).toISOString();
}

let seq = 0;
const nextSeq = () => {
  seq += 1;
  return seq;
};

const queueOf: Record<string, string> = { 'utility-bills': 'utility', permits: 'permits' };

/** One visit's log, written event by event; times are ISO instants (use `at`). */
export class VisitBuilder {
  private readonly events: VisitEvent[] = [];
  private readonly serviceId: string;
  private readonly language: string;
  private readonly serviceDay: string;

  constructor(options: { service?: string; language?: string; serviceDay?: string } = {}) {
    this.serviceId = options.service ?? 'utility-bills';
    this.language = options.language ?? 'en';
    this.serviceDay = options.serviceDay ?? day;
  }

  private add(type: TicketEventType, when: string, counterId: string | null, data = {}): this {
    this.events.push({ seq: nextSeq(), type, at: when, counterId, userId: null, deviceId: null, data });
    return this;
  }

  issued(when: string) {
    return this.add('ticket.issued', when, null, { peopleAhead: 0 });
  }
  walkIn(when: string, counterId: string) {
    return this.add('ticket.serving', when, counterId);
  }
  called(when: string, counterId: string) {
    return this.add('ticket.called', when, counterId);
  }
  recalled(when: string, counterId: string) {
    return this.add('ticket.recalled', when, counterId);
  }
  arrived(when: string, counterId: string) {
    return this.add('ticket.arrived', when, counterId);
  }
  parked(when: string, counterId: string) {
    return this.add('ticket.parked', when, counterId);
  }
  resumed(when: string, counterId: string) {
    return this.add('ticket.resumed', when, counterId);
  }
  transferred(when: string, counterId: string, to: { service?: string; counter?: string }) {
    const serviceId = to.service ?? null;
    const queueId = serviceId ? queueOf[serviceId]! : queueOf[this.serviceId]!;
    return this.add('ticket.transferred', when, counterId, {
      serviceId,
      queueId,
      counterId: to.counter ?? null,
      placement: 'end',
    });
  }
  recycled(when: string, counterId: string) {
    return this.add('ticket.recycled', when, counterId, { placement: 'original' });
  }
  completed(when: string, counterId: string, outcomeId: string) {
    return this.add('ticket.completed', when, counterId, { outcomeId, detail: null });
  }
  noShow(when: string, counterId: string) {
    return this.add('ticket.noShow', when, counterId);
  }
  left(when: string, stage: VisitStage) {
    return this.add('ticket.left', when, null, { stage });
  }
  cancelled(when: string, stage: VisitStage) {
    return this.add('ticket.cancelled', when, null, { stage });
  }
  removed(when: string, stage: VisitStage) {
    return this.add('ticket.removed', when, null, { stage, reason: 'day-end' });
  }
  noted(when: string, counterId: string) {
    return this.add('ticket.noted', when, counterId, { noteId: 1 });
  }

  build(): VisitLog {
    const first = this.events[0]!;
    const status = this.events.reduce<TicketStatus>((s, e) => statusAfter[e.type] ?? s, 'waiting');
    const ticket: Ticket = {
      ...newVisit({
        id: crypto.randomUUID(),
        number: `A${String(first.seq % 1000).padStart(3, '0')}`,
        queueId: queueOf[this.serviceId]!,
        serviceId: this.serviceId,
        language: this.language,
        needs: { interpreter: null, accessibility: [] },
        priorityClass: 'standard',
        serviceDay: this.serviceDay,
        issuedAt: first.at,
      }),
      status,
    };
    return { ticket, events: this.events };
  }
}

export const visit = (options?: ConstructorParameters<typeof VisitBuilder>[0]) => new VisitBuilder(options);

const counterAfter: Record<string, CounterState['status']> = {
  'counter.signedIn': 'open',
  'counter.breakStarted': 'break',
  'counter.breakEnded': 'open',
  'counter.signedOut': 'closed',
};

/** A counter.* floor event for `counterId` at `when`. */
export function floor(type: keyof typeof counterAfter, counterId: string, when: string): FloorEvent {
  const status = counterAfter[type]!;
  return {
    seq: nextSeq(),
    type: type as FloorEvent['type'],
    at: when,
    counter: {
      counterId,
      status,
      staffUserId: status === 'closed' ? null : '00000000-0000-4000-8000-000000000001',
      staffName: null,
      since: when,
      breakReason: status === 'break' ? 'rest' : null,
    },
    queue: null,
  };
}
