// A delivery worker wired to an in-memory outbox, a scripted case store, a hand-driven clock and random() fixed
// at 0.5, so every backoff delay is exactly half its ceiling.
import type { CaseRequestsConfig } from '../../../../../machines/contracts/site.js';
import { createCaseDelivery } from '../../../../../main/hub/cases/delivery/caseDelivery.js';
import { caseSettings, manualClock, requestNumber } from './deliveryFixtures.js';
import { MemoryOutbox } from './memoryOutbox.js';
import { ScriptedAdapter } from './scriptedAdapter.js';

export function deliveryHarness(
  options: { settings?: Partial<CaseRequestsConfig>; withoutAdapter?: boolean } = {},
) {
  const store = new MemoryOutbox();
  const adapter = new ScriptedAdapter();
  const clock = manualClock();
  const delivered: string[] = [];
  const settings = caseSettings(options.settings);
  const delivery = createCaseDelivery({
    store,
    adapter: options.withoutAdapter ? null : adapter,
    settings,
    now: clock.now,
    random: () => 0.5,
    onDelivered: (id) => delivered.push(id),
  });
  /** Queues requests 1..n (or the given numbers), all due now. */
  const queue = (numbers: number | number[]) =>
    (typeof numbers === 'number' ? Array.from({ length: numbers }, (_, i) => i + 1) : numbers).map((n) =>
      store.add(requestNumber(n), { nextAttemptAt: clock.ms() }),
    );
  return { store, adapter, clock, delivered, settings, delivery, queue };
}
