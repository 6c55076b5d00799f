// Kiosk flow and the ticket scanner on a simulated clock: a scan in welcome shows its status and times out,
// scans during a visit are ignored, and a failing agent is asked again only after scanRetry.
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import type { ScanResult } from '../../../../machines/contracts/kioskApi.js';
import { SCAN_RETRY_MS, SCAN_SHOWN_MS, scanWatcher } from '../../../../machines/kioskFlow.js';
import { waitingScan } from './fixtures.js';
import { answerUpToConfirm, fakeScanner, inState, startFlow } from './harness.js';

const notFound: ScanResult = { kind: 'not-found', seq: 2, reason: 'unknown-ticket' };

describe('kioskFlow scans', () => {
  it('shows a scan made on welcome, then returns to welcome after scanShown and wipes it', async () => {
    const { actor, clock, scanner } = startFlow();
    await inState(actor, 'welcome');
    await scanner.calls(1);
    scanner.scan(waitingScan(1));
    await inState(actor, 'scanStatus');
    expect(actor.getSnapshot().context.scan).toEqual(waitingScan(1));
    clock.increment(SCAN_SHOWN_MS - 1);
    expect(actor.getSnapshot().value).toBe('scanStatus');
    clock.increment(1);
    expect(actor.getSnapshot().value).toBe('welcome');
    expect(actor.getSnapshot().context.scan).toBeNull();
  });

  it('asks for the scan after the last one seen, shows a new scan in its place and leaves on Done', async () => {
    const { actor, clock, scanner } = startFlow();
    await inState(actor, 'welcome');
    await scanner.calls(1);
    scanner.scan(waitingScan(1));
    await scanner.calls(2);
    clock.increment(SCAN_SHOWN_MS - 1);
    scanner.scan(notFound);
    await scanner.calls(3);
    expect(scanner.afterSeqs).toEqual([0, 1, 2]);
    expect(actor.getSnapshot().context.scan).toEqual(notFound);
    clock.increment(SCAN_SHOWN_MS - 1);
    expect(actor.getSnapshot().value, 'a new scan restarts the wait').toBe('scanStatus');
    actor.send({ type: 'scan.done' });
    expect(actor.getSnapshot().value).toBe('welcome');
  });

  it('ignores scans during a visit and keeps watching', async () => {
    const { actor, scanner } = startFlow();
    await answerUpToConfirm(actor);
    await scanner.calls(1);
    scanner.scan(waitingScan(1));
    await scanner.calls(2);
    expect(actor.getSnapshot().matches({ visit: { step: 'confirm' } })).toBe(true);
    expect(actor.getSnapshot().context.scan).toBeNull();
    actor.send({ type: 'visit.restart' });
    scanner.scan(waitingScan(2));
    await inState(actor, 'scanStatus');
    expect(actor.getSnapshot().context.scan).toEqual(waitingScan(2));
  });

  it('asks again at once after a quiet wait, and only after scanRetry when the agent fails', async () => {
    const { actor, clock, scanner } = startFlow();
    await inState(actor, 'welcome');
    await scanner.calls(1);
    scanner.quiet();
    await scanner.calls(2);
    // Resolves once the watcher has handled the failure (its handler was attached first).
    await scanner.fail();
    expect(scanner.afterSeqs).toHaveLength(2);
    clock.increment(SCAN_RETRY_MS - 1);
    expect(scanner.afterSeqs).toHaveLength(2);
    clock.increment(1);
    await scanner.calls(3);
    expect(scanner.afterSeqs).toEqual([0, 0, 0]);
  });
});

describe('scanWatcher', () => {
  const scheduled = (actor: { system: { getSnapshot: () => { _scheduledEvents: object } } }) =>
    Object.keys(actor.system.getSnapshot()._scheduledEvents);

  it('cancels its retry timer when stopped', async () => {
    const clock = new SimulatedClock();
    const scanner = fakeScanner();
    const actor = createActor(scanWatcher(scanner.next), { clock });
    actor.start();
    await scanner.calls(1);
    await scanner.fail();
    expect(scheduled(actor)).toHaveLength(1);
    actor.stop();
    expect(scheduled(actor)).toEqual([]);
    clock.increment(10 * SCAN_RETRY_MS);
    expect(scanner.afterSeqs).toHaveLength(1);
  });

  it('ignores an answer that arrives after it stopped, and asks no more', async () => {
    const scanner = fakeScanner();
    const actor = createActor(scanWatcher(scanner.next));
    actor.start();
    await scanner.calls(1);
    actor.stop();
    await scanner.scan(waitingScan(1));
    expect(scanner.afterSeqs).toHaveLength(1);
    expect(actor.getSnapshot().status).toBe('stopped');
  });
});
