// The hand-over of kept information visits: oldest first; an unreachable or failing hub, or one refusing this
// kiosk, ends the round and keeps every visit; a visit the hub refuses is dropped and counted, so it never
// blocks the ones behind it; the log is compacted to what is still kept.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type InfoVisitHandOver,
  startInfoVisitHandOver,
} from '../../../../main/agent/info/infoVisitHandOver.js';
import { infoVisitLogFile, openInfoVisitLog } from '../../../../main/agent/info/infoVisitLog.js';
import { infoVisit } from './infoVisit.js';
import { type ScriptedInfoHub, startScriptedInfoHub } from './scriptedInfoHub.js';

describe('the information visit hand-over', () => {
  let dir: string;
  let hub: ScriptedInfoHub;
  let handOver: InfoVisitHandOver;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-visit-hand-over-'));
    hub = startScriptedInfoHub();
  });
  afterEach(async () => {
    await handOver.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps everything while the hub is away, failing or refusing this kiosk, then sends oldest first', async () => {
    const log = openInfoVisitLog(dir);
    const visits = [infoVisit(), infoVisit(), infoVisit()];
    for (const v of visits) log.add(v);
    handOver = startInfoVisitHandOver({ hub: hub.client, log, intervalMs: null });
    for (const failure of ['unreachable', 503, 401, 429] as const) {
      hub.failure = failure;
      await handOver.kick();
      expect(log.pending()).toHaveLength(3);
    }
    expect(hub.calls.get('recordInfoVisit')).toBe(4);
    hub.failure = null;
    await handOver.kick();
    expect(hub.visits.map((v) => v.id)).toEqual(visits.map((v) => v.id));
    expect(readFileSync(infoVisitLogFile(dir), 'utf8')).toBe('');
  });

  it('drops and counts a visit the hub refuses, and sends the ones behind it', async () => {
    const log = openInfoVisitLog(dir);
    const [refused, good] = [infoVisit(), infoVisit()];
    log.add(refused);
    log.add(good);
    hub.refuse.add(refused.id);
    const lines: string[] = [];
    handOver = startInfoVisitHandOver({
      hub: hub.client,
      log,
      intervalMs: null,
      logLine: (l) => lines.push(l),
    });
    await handOver.kick();
    expect(handOver.dropped()).toBe(1);
    expect(hub.visits.map((v) => v.id)).toEqual([good.id]);
    expect(log.pending()).toEqual([]);
    expect(lines).toEqual([
      'the hub refused a kept information visit (400); dropped',
      'handed over 1 kept information visit(s) to the hub',
    ]);
  });
});
