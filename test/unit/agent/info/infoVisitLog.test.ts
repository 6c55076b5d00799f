// The kiosk's log of information visits kept for the hub: appended before the call returns, one entry per
// visit id, capped, compacted on request, and read back after a restart without a torn last line.
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { infoVisitLogFile, openInfoVisitLog } from '../../../../main/agent/info/infoVisitLog.js';
import { infoVisit } from './infoVisit.js';

describe('the information visit log', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-info-visits-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const lines = () => readFileSync(infoVisitLogFile(dir), 'utf8').split('\n').filter(Boolean);

  it('writes each visit once, before returning, and keeps no more than its capacity', () => {
    let syncs = 0;
    const log = openInfoVisitLog(dir, { capacity: 2, fsync: () => (syncs += 1) });
    const [a, b, c] = [infoVisit(), infoVisit(), infoVisit()];
    const before = syncs;
    expect(log.add(a)).toBe('added');
    expect(syncs).toBeGreaterThan(before);
    expect(log.add(a)).toBe('known');
    expect(log.add(b)).toBe('added');
    expect(log.add(c)).toBe('full');
    expect(lines().map((l) => JSON.parse(l).id)).toEqual([a.id, b.id]);
  });

  it('is read back after a restart, a torn last line dropped, and compacted to what is still kept', () => {
    const log = openInfoVisitLog(dir);
    const [a, b] = [infoVisit(), infoVisit()];
    log.add(a);
    log.add(b);
    appendFileSync(infoVisitLogFile(dir), '{"id": "half a vis');
    const messages: string[] = [];
    const restarted = openInfoVisitLog(dir, { log: (line) => messages.push(line) });
    expect(restarted.pending()).toEqual([a, b]);
    expect(messages).toHaveLength(1);
    restarted.remove(a.id);
    restarted.compact();
    expect(lines().map((l) => JSON.parse(l))).toEqual([b]);
  });
});
