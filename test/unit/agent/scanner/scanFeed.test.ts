// The scan feed behind waitForScan: numbering, the newest scan at once, waiting for the next, timing out, closing.
import { describe, expect, it } from 'vitest';
import { createScanFeed } from '../../../../main/agent/scanner/scanFeed.js';

const notATicket = { kind: 'not-found', reason: 'not-a-ticket' } as const;

describe('scan feed', () => {
  it('numbers scans from 1 and answers the newest at once when it is after afterSeq', async () => {
    const feed = createScanFeed(60_000);
    expect(feed.add(notATicket).seq).toBe(1);
    expect(feed.add({ kind: 'not-found', reason: 'unknown-ticket' }).seq).toBe(2);
    expect(await feed.next(0)).toEqual({ kind: 'not-found', reason: 'unknown-ticket', seq: 2 });
    feed.close();
  });

  it('waits for the next scan when nothing newer is there, for every waiting screen', async () => {
    const feed = createScanFeed(60_000);
    feed.add(notATicket);
    const waits = [feed.next(1), feed.next(1)];
    feed.add({ kind: 'not-found', reason: 'hub-unreachable' });
    expect(await Promise.all(waits)).toEqual([
      { kind: 'not-found', reason: 'hub-unreachable', seq: 2 },
      { kind: 'not-found', reason: 'hub-unreachable', seq: 2 },
    ]);
    feed.close();
  });

  it('answers null when no scan comes within the wait', async () => {
    const feed = createScanFeed(20);
    expect(await feed.next(0)).toBeNull();
  });

  it('ends pending waits with null on close, and answers later ones at once', async () => {
    const feed = createScanFeed(60_000);
    const pending = feed.next(0);
    feed.close();
    expect(await pending).toBeNull();
    expect(await feed.next(0)).toBeNull();
  });
});
