// The delivery worker against the fake case store over real HTTP through the real Open311 adapter, on a
// simulated clock shared by all three: `runUntil` ticks, and whenever nothing was due jumps the clock to the
// next moment something can happen (an entry falls due, the breaker's pause ends, or the test's world changes).
import type { CaseRequestsConfig } from '../../../machines/contracts/site.js';
import type { OutgoingCaseRequest } from '../../../main/hub/cases/caseStore.js';
import { createCaseDelivery } from '../../../main/hub/cases/delivery/caseDelivery.js';
import { createOpen311Adapter } from '../../../main/hub/cases/open311/open311Adapter.js';
import { type FakeCaseStore, startFakeCaseStore } from '../../fakes/fakeCaseStore.js';
import {
  caseSettings,
  manualClock,
  requestNumber,
  START,
} from '../../unit/hub/cases/delivery/deliveryFixtures.js';
import { MemoryOutbox } from '../../unit/hub/cases/delivery/memoryOutbox.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** A deterministic random() (mulberry32), so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Request n for one of the fake catalog's services, with valid answers to its required questions. */
export function requestFor(
  n: number,
  kind: 'realtime' | 'batch' | 'blackbox' | 'poison',
  capturedAtMs: number,
): OutgoingCaseRequest {
  const capturedAt = new Date(capturedAtMs).toISOString();
  if (kind === 'batch') {
    return requestNumber(n, {
      serviceCode: 'homeless-camp-cleanup',
      answers: { tent_count: '3', blocking_sidewalk: 'no' },
      capturedAt,
    });
  }
  if (kind === 'blackbox') return requestNumber(n, { serviceCode: 'general-feedback', capturedAt });
  if (kind === 'poison') {
    return requestNumber(n, {
      serviceCode: 'graffiti',
      answers: { surface: 'wall', offensive: 'no' },
      capturedAt,
    });
  }
  return requestNumber(n, { answers: { road_position: 'bike-lane', size: 'small' }, capturedAt });
}

export interface SimulationOptions {
  deduplicate: boolean;
  settings?: Partial<CaseRequestsConfig>;
  timeoutMs?: number;
  /** Batch services: the case appears this long (simulated) after the submission. */
  tokenDelayMs?: number;
}

export async function startSimulation(options: SimulationOptions) {
  const clock = manualClock(START);
  const fake: FakeCaseStore = await startFakeCaseStore({
    now: clock.now,
    deduplicate: options.deduplicate,
    tokenDelayMs: options.tokenDelayMs ?? MINUTE,
  });
  const adapter = createOpen311Adapter({
    baseUrl: fake.baseUrl,
    apiKey: null,
    jurisdictionId: null,
    deduplicates: options.deduplicate,
    timeoutMs: options.timeoutMs ?? 5_000,
    now: clock.ms,
  });
  const store = new MemoryOutbox();
  const delivered: string[] = [];
  const settings = caseSettings(options.settings);
  const delivery = createCaseDelivery({
    store,
    adapter,
    settings,
    now: clock.now,
    random: seededRandom(42),
    onDelivered: (id) => delivered.push(id),
  });

  /** Queues a request, due from its capture time (it "arrives" then). */
  const add = (request: OutgoingCaseRequest) =>
    store.add(request, {
      nextAttemptAt: Date.parse(request.capturedAt),
      serviceType: serviceTypeOf(request.serviceCode),
    });

  /**
   * Ticks until `done()`; `world(nowMs)` runs before every step to set the fake's faults for that moment, and
   * `changesAt` lists the moments it changes them. Returns the number of steps taken.
   */
  async function runUntil(
    done: () => boolean,
    run: { world?: (nowMs: number) => Promise<void> | void; changesAt?: number[]; maxSteps?: number } = {},
  ): Promise<number> {
    const maxSteps = run.maxSteps ?? 20_000;
    for (let step = 0; step < maxSteps; step++) {
      await run.world?.(clock.ms());
      if (done()) return step;
      if ((await delivery.tick()) === 0) clock.set(nextMoment(run.changesAt ?? []));
    }
    throw new Error(`not settled after ${maxSteps} steps (simulated ${(clock.ms() - START) / HOUR} h)`);
  }

  function nextMoment(changesAt: number[]): number {
    const now = clock.ms();
    let next = store.nextDueAt()?.getTime() ?? Number.POSITIVE_INFINITY;
    const { openUntil } = delivery.status().breaker;
    if (openUntil !== null) next = Math.max(next, Date.parse(openUntil));
    next = Math.min(next, ...changesAt.filter((t) => t > now));
    // Nothing can happen by itself (stopped for auth, or only batch tokens waiting): let a minute pass.
    return Number.isFinite(next) && next > now ? next : now + MINUTE;
  }

  /** The fake's cases per request id (its `attribute[lobby311_request_id]`). */
  function casesByRequest(): Map<string, string[]> {
    const byRequest = new Map<string, string[]>();
    for (const c of fake.cases) {
      const id = c.clientRequestId ?? '';
      byRequest.set(id, [...(byRequest.get(id) ?? []), c.serviceRequestId]);
    }
    return byRequest;
  }

  return { clock, fake, adapter, store, delivery, delivered, settings, add, runUntil, casesByRequest };
}

function serviceTypeOf(code: string) {
  if (code === 'homeless-camp-cleanup') return 'batch' as const;
  return code === 'general-feedback' ? ('blackbox' as const) : ('realtime' as const);
}

export type Simulation = Awaited<ReturnType<typeof startSimulation>>;
