// Drives the real queue engine through a busy day (kiosk arrivals, eight desks) and tallies what it drove.
import type { SiteConfig, Ticket, VisitStage } from '../../../../machines/contracts/index.js';
import { QueueError } from '../../../../main/hub/queue/queueError.js';
import type { Actor, QueueService } from '../../../../main/hub/queue/queueServiceApi.js';
import { arrivals, localInstant, outcomeMix, rota, type Shift, serviceMix } from './busyDayPlan.js';
import type { Random } from './prng.js';
import type { Scheduler } from './scheduler.js';

/** What the simulation did, counted independently of the engine's figures. */
export interface BusyDayTally {
  issued: number;
  refused: number;
  walkIns: number;
  /** Transactions started, and transactions called at least once, per service. */
  transactions: Record<string, number>;
  called: Record<string, number>;
  visitsCalled: number;
  completed: number;
  firstContact: number;
  noShows: number;
  transfers: number;
  parks: number;
  endedByLogout: number;
  left: Record<VisitStage, number>;
  /** Numbers issued per queue (prefix → numeric parts). */
  numbers: Record<string, number[]>;
  /** Per counter: signed-in and break milliseconds from the rota as it was actually run. */
  sessions: Record<string, { signedInMs: number; breakMs: number }>;
  /** Visitors still waiting when the day ended. */
  stillWaiting: number;
}

interface SimVisit {
  ticketId: string;
  statusToken: string;
  status: 'waiting' | 'called' | 'serving' | 'parked' | 'closed';
  version: number;
  serviceId: string;
  transactions: number;
  txCalled: boolean;
  anyCalled: boolean;
  noShow: boolean;
  leavesWhenCalled: boolean;
  remainingMs: number;
  readyAt: number;
  /** Put back in the queue after a call: cools down before call-next takes it again. */
  recycled: boolean;
}

interface SimCounter {
  shift: Shift;
  by: Actor & { displayName: string };
  status: 'closed' | 'open' | 'break';
  version: number;
  holding: SimVisit | null;
  parked: SimVisit[];
  breaks: Shift['breaks'];
  since: number;
  /** Only the latest "try again soon" poll of an idle counter runs. */
  waitToken: number;
}

const minute = 60_000;
const firstContactOutcomes = new Set(['resolved', 'information-given']);

/** Runs the day on `clock` against `queue`, which runs with `config`. */
export function simulateBusyDay(
  queue: QueueService,
  config: SiteConfig,
  clock: Scheduler,
  random: Random,
): BusyDayTally {
  const maxCalls = config.policy.maxCalls;
  const tally: BusyDayTally = {
    issued: 0,
    refused: 0,
    walkIns: 0,
    transactions: {},
    called: {},
    visitsCalled: 0,
    completed: 0,
    firstContact: 0,
    noShows: 0,
    transfers: 0,
    parks: 0,
    endedByLogout: 0,
    left: { waiting: 0, called: 0, serving: 0, parked: 0 },
    numbers: {},
    sessions: {},
    stillWaiting: 0,
  };
  const visits = new Map<string, SimVisit>();
  const idle = new Set<SimCounter>();
  const supervisor: Actor = { userId: crypto.randomUUID(), deviceId: null, supervisor: true };
  const bump = (record: Record<string, number>, key: string) => {
    record[key] = (record[key] ?? 0) + 1;
  };
  const handlingMs = (serviceId: string) => random.logNormal(serviceMix[serviceId]!.minutes, 0.6) * minute;

  const track = (ticket: Ticket, statusToken: string, status: SimVisit['status']): SimVisit => {
    const prefix = ticket.number.replace(/\d+$/, '');
    const numbers = tally.numbers[prefix] ?? [];
    tally.numbers[prefix] = numbers;
    numbers.push(Number(ticket.number.slice(prefix.length)));
    bump(tally.transactions, ticket.serviceId);
    const visit: SimVisit = {
      ticketId: ticket.id,
      statusToken,
      status,
      version: 0,
      serviceId: ticket.serviceId,
      transactions: 1,
      txCalled: false,
      anyCalled: false,
      noShow: random.chance(0.04),
      leavesWhenCalled: random.chance(0.01),
      remainingMs: handlingMs(ticket.serviceId),
      readyAt: 0,
      recycled: false,
    };
    visits.set(ticket.id, visit);
    return visit;
  };
  const close = (visit: SimVisit) => {
    visit.status = 'closed';
    visit.version += 1;
  };
  /** Wakes the idle counters that serve `queueId` (desks watch the queue). */
  const wakeIdle = (queueId: string) => {
    for (const counter of [...idle].filter((c) => serves(c.shift.counterId, queueId))) {
      idle.delete(counter);
      clock.after(0, stepOf(counter, counter.version));
    }
  };
  const serves = (counterId: string, queueId: string) => {
    const profile = config.counters.find((c) => c.id === counterId)!.serves;
    return profile.length === 0 || profile.some((s) => s.queueId === queueId);
  };
  const queueOf = (serviceId: string) => config.services.find((s) => s.id === serviceId)!.queueId;
  const later = (counter: SimCounter, ms: number, run: () => void) => {
    const version = counter.version;
    clock.after(ms, () => {
      if (counter.version === version) run();
    });
  };
  const stepOf = (counter: SimCounter, version: number) => () => {
    if (counter.version === version) step(counter);
  };

  const arrive = (at: number) =>
    clock.at(at, () => {
      const serviceId = random.pick(
        Object.fromEntries(Object.entries(serviceMix).map(([id, s]) => [id, s.share])),
      );
      const needs = { interpreter: null, accessibility: random.chance(0.08) ? ['wheelchair' as const] : [] };
      const language = random.chance(0.2) ? 'es' : 'en';
      try {
        const issued = queue.issueTicket({
          requestId: crypto.randomUUID(),
          serviceId,
          language,
          needs,
          deviceId: 'kiosk-1',
          by: { userId: null, deviceId: 'kiosk-1' },
        });
        tally.issued += 1;
        const visit = track(issued.ticket, issued.statusToken, 'waiting');
        if (random.chance(0.06)) giveUpLater(visit, random.between(20, 90) * minute);
        wakeIdle(issued.ticket.queueId);
      } catch (error) {
        if (!(error instanceof QueueError) || error.code !== 'service-closed') throw error;
        tally.refused += 1;
      }
    });

  const giveUpLater = (visit: SimVisit, ms: number) => {
    const version = visit.version;
    clock.after(ms, () => {
      if (visit.version !== version || visit.status !== 'waiting') return;
      if (random.chance(0.5)) queue.markLeft({ ticketId: visit.ticketId, by: supervisor });
      else queue.cancelByVisitor({ statusToken: visit.statusToken });
      tally.left.waiting += 1;
      close(visit);
    });
  };

  const release = (counter: SimCounter) => {
    counter.holding = null;
    step(counter);
  };

  const serve = (counter: SimCounter, visit: SimVisit) => {
    visit.status = 'serving';
    counter.holding = visit;
    const parks = visit.transactions === 1 && counter.parked.length === 0 && random.chance(0.04);
    const ms = parks ? visit.remainingMs / 2 : visit.remainingMs;
    later(counter, ms, () => {
      if (parks) {
        queue.park({ ticketId: visit.ticketId, by: counter.by });
        tally.parks += 1;
        visit.status = 'parked';
        visit.remainingMs -= ms;
        visit.readyAt = clock.now + random.between(8, 20) * minute;
        counter.parked.push(visit);
        return release(counter);
      }
      finish(counter, visit);
    });
  };

  const finish = (counter: SimCounter, visit: SimVisit) => {
    if (visit.transactions === 1 && random.chance(0.06)) {
      const others = Object.keys(serviceMix).filter((id) => id !== visit.serviceId);
      const serviceId = others[Math.floor(random.next() * others.length)]!;
      const placement = random.pick({ front: 1, end: 1, original: 1 });
      queue.transfer({ ticketId: visit.ticketId, serviceId, placement, by: counter.by });
      tally.transfers += 1;
      bump(tally.transactions, serviceId);
      Object.assign(visit, {
        status: 'waiting',
        serviceId,
        txCalled: false,
        remainingMs: handlingMs(serviceId),
      });
      visit.transactions += 1;
      wakeIdle(queueOf(serviceId));
      return release(counter);
    }
    const outcomeId = random.pick(outcomeMix);
    const detail =
      outcomeId === 'referred'
        ? 'water'
        : outcomeId === 'case-created'
          ? `CASE-${tally.completed}`
          : undefined;
    queue.complete({ ticketId: visit.ticketId, outcomeId, ...(detail ? { detail } : {}), by: counter.by });
    tally.completed += 1;
    if (visit.transactions === 1 && firstContactOutcomes.has(outcomeId)) tally.firstContact += 1;
    close(visit);
    release(counter);
  };

  const called = (counter: SimCounter, visit: SimVisit, callCount: number) => {
    visit.status = 'called';
    counter.holding = visit;
    if (!visit.txCalled) bump(tally.called, visit.serviceId);
    if (!visit.anyCalled) tally.visitsCalled += 1;
    visit.txCalled = true;
    visit.anyCalled = true;
    if (visit.noShow) {
      const recall = () =>
        queue.recall({ ticketId: visit.ticketId, counterId: counter.shift.counterId, by: counter.by });
      const recalls = Math.max(0, maxCalls - callCount);
      for (let i = 1; i <= recalls; i += 1) later(counter, i * minute, recall);
      later(counter, (recalls + 1) * minute, () => {
        queue.noShow({ ticketId: visit.ticketId, by: counter.by });
        tally.noShows += 1;
        close(visit);
        release(counter);
      });
    } else if (visit.leavesWhenCalled) {
      later(counter, 1.5 * minute, () => {
        queue.markLeft({ ticketId: visit.ticketId, by: counter.by });
        tally.left.called += 1;
        close(visit);
        release(counter);
      });
    } else {
      later(counter, random.between(0.2, 0.8) * minute, () => {
        queue.confirmArrival({ ticketId: visit.ticketId, by: counter.by });
        serve(counter, visit);
      });
    }
  };

  const account = (counter: SimCounter) =>
    (tally.sessions[counter.shift.counterId] ??= { signedInMs: 0, breakMs: 0 });

  const step = (counter: SimCounter) => {
    if (counter.status !== 'open' || counter.holding) return;
    const counterId = counter.shift.counterId;
    const now = clock.now;
    idle.delete(counter);
    const parked = counter.parked[0];
    const endsAt = counter.shift.abrupt ? Number.POSITIVE_INFINITY : localInstant(counter.shift.signOut);
    if (now >= endsAt) {
      if (!parked) return signOut(counter);
    } else if (counter.breaks[0] && now >= localInstant(counter.breaks[0].at)) {
      const { minutes, reason } = counter.breaks.shift()!;
      queue.startBreak({ counterId, reason, by: counter.by });
      counter.status = 'break';
      const start = now;
      return later(counter, minutes * minute, () => {
        queue.endBreak({ counterId, by: counter.by });
        account(counter).breakMs += clock.now - start;
        counter.status = 'open';
        step(counter);
      });
    }
    if (parked && (now >= parked.readyAt || now >= endsAt)) {
      counter.parked.shift();
      queue.resume({ ticketId: parked.ticketId, counterId, by: counter.by });
      return serve(counter, parked);
    }
    if (random.chance(0.02)) {
      const serviceId = random.pick({ information: 2, 'utility-bills': 1 });
      const { ticket } = queue.walkIn({
        requestId: crypto.randomUUID(),
        serviceId,
        language: 'en',
        needs: { interpreter: null, accessibility: [] },
        counterId,
        by: counter.by,
      });
      tally.walkIns += 1;
      return serve(counter, track(ticket, '', 'serving'));
    }
    try {
      const { ticket } = queue.callNext({ counterId, requestId: crypto.randomUUID(), by: counter.by });
      called(counter, visits.get(ticket.id)!, ticket.callCount);
    } catch (error) {
      if (!(error instanceof QueueError) || error.code !== 'nothing-waiting') throw error;
      idle.add(counter);
      // Arrivals wake idle desks; only a visitor cooling down after a recycle needs a look again later.
      if (![...visits.values()].some((v) => v.recycled && v.status === 'waiting')) return;
      const token = ++counter.waitToken;
      later(counter, 2 * minute, () => {
        if (counter.waitToken === token) step(counter);
      });
    }
  };

  const signOut = (counter: SimCounter) => {
    const held = [counter.holding, ...counter.parked].filter((v): v is SimVisit => v !== null);
    queue.signOut({ counterId: counter.shift.counterId, by: counter.by });
    for (const visit of held) {
      if (visit.status === 'called') {
        visit.status = 'waiting';
        visit.recycled = true;
        visit.version += 1;
      } else {
        tally.endedByLogout += 1;
        close(visit);
      }
    }
    account(counter).signedInMs += clock.now - counter.since;
    counter.status = 'closed';
    counter.version += 1;
    idle.delete(counter);
    for (const visit of held) if (visit.status === 'waiting') wakeIdle(queueOf(visit.serviceId));
  };

  for (const shift of rota) {
    const counter: SimCounter = {
      shift,
      by: { userId: crypto.randomUUID(), deviceId: `desk-${shift.counterId}`, displayName: 'Desk staff' },
      status: 'closed',
      version: 0,
      holding: null,
      parked: [],
      breaks: [...shift.breaks],
      since: 0,
      waitToken: 0,
    };
    clock.at(localInstant(shift.signIn), () => {
      queue.signIn({ counterId: shift.counterId, by: counter.by });
      counter.status = 'open';
      counter.since = clock.now;
      step(counter);
    });
    // An idle desk still goes on its breaks and signs out on time.
    for (const moment of [...shift.breaks.map((b) => b.at), shift.signOut]) {
      clock.at(localInstant(moment), () => {
        if (counter.status === 'open' && !counter.holding) step(counter);
      });
    }
    if (shift.abrupt) {
      clock.at(localInstant(shift.signOut), () => {
        if (counter.status === 'open') signOut(counter);
      });
    }
  }
  for (const at of arrivals(random)) arrive(at);
  clock.runAll();
  tally.stillWaiting = [...visits.values()].filter((v) => v.status === 'waiting').length;
  return tally;
}
