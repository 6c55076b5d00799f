// The hand-over of saved requests: sent with handOver true, one round at a time, a refusal kept for the next
// round without blocking the others, an unreachable hub ending the round, a held request never sent twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type HubClient, HubError } from '../../../../machines/contracts/index.js';
import { type CaseHandOver, startCaseHandOver } from '../../../../main/agent/caseRequests/caseHandOver.js';
import {
  type CapturedRequest,
  type CaseRequestLog,
  openCaseRequestLog,
} from '../../../../main/agent/caseRequests/requestLog.js';
import { type ScriptedCaseHub, startScriptedCaseHub } from './scriptedCaseHub.js';
import { walkInRequest } from './walkInRequest.js';

const captured = (): CapturedRequest => ({ ...walkInRequest(), statusToken: 'T'.repeat(32) });

describe('the hand-over of saved requests', () => {
  let dir: string;
  let hub: ScriptedCaseHub;
  let log: CaseRequestLog;
  let handOver: CaseHandOver;
  const lines: string[] = [];

  function start(client: HubClient = hub.client): CaseHandOver {
    return startCaseHandOver({ hub: client, log, intervalMs: null, logLine: (l) => lines.push(l) });
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-case-hand-over-'));
    hub = startScriptedCaseHub(() => new Date('2026-11-26T18:00:00Z'));
    log = openCaseRequestLog(dir);
    lines.length = 0;
  });
  afterEach(async () => {
    await handOver.stop();
    log.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a refused request for the next round and still hands over the others', async () => {
    const refused = captured();
    const fine = captured();
    log.capture(refused);
    log.capture(fine);
    let refuse = true;
    const client: HubClient = {
      call(route, args) {
        const body = args.body as { requestId?: string } | undefined;
        if (refuse && body?.requestId === refused.requestId)
          return Promise.reject(new HubError(409, 'conflict', 'not now'));
        return hub.client.call(route, args);
      },
    };
    handOver = start(client);
    await handOver.kick();
    expect(log.pending().map((r) => r.requestId)).toEqual([refused.requestId]);
    expect(lines.join('\n')).toContain('409');
    refuse = false;
    await handOver.kick();
    expect(log.pending()).toEqual([]);
    expect(hub.submits.every((s) => s.handOver)).toBe(true);
    expect(lines.join('\n')).not.toContain(fine.requestId);
  });

  it('ends the round when the hub cannot be reached, keeping every request', async () => {
    log.capture(captured());
    log.capture(captured());
    hub.base.failure = 'unreachable';
    handOver = start();
    await handOver.kick();
    expect(log.pending()).toHaveLength(2);
    expect(hub.base.calls.get('submitCaseRequest')).toBe(1);
  });

  it('runs one round at a time: a kick during a round joins it', async () => {
    log.capture(captured());
    handOver = start();
    const first = handOver.kick();
    const second = handOver.kick();
    expect(second).toBe(first);
    await first;
    expect(hub.submits).toHaveLength(1);
  });

  it('skips a request the visitor is sending themselves', async () => {
    const request = captured();
    log.capture(request);
    handOver = start();
    await handOver.hold(request.requestId, () => handOver.kick());
    expect(hub.submits).toEqual([]);
    expect(log.pending()).toHaveLength(1);
  });
});
