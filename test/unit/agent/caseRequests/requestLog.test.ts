// The kiosk's durable request log: fsync per record, read back after a restart, compacted so a handed-over or
// refused request's personal data leaves the disk, and a torn last line after a crash ignored and removed.
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CapturedRequest,
  caseRequestLogFile,
  openCaseRequestLog,
} from '../../../../main/agent/caseRequests/requestLog.js';
import { personal, walkInRequest } from './walkInRequest.js';

const captured = (): CapturedRequest => ({ ...walkInRequest(), statusToken: 'T'.repeat(32) });

describe('the request log', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-request-log-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('fsyncs a capture before returning and reads it back after a restart', () => {
    let syncs = 0;
    const log = openCaseRequestLog(dir, { fsync: () => (syncs += 1) });
    const before = syncs;
    const request = captured();
    log.capture(request);
    expect(syncs).toBe(before + 1);
    log.close();
    const reopened = openCaseRequestLog(dir);
    expect(reopened.pending()).toEqual([request]);
    expect(reopened.find(request.requestId)).toEqual(request);
    reopened.close();
  });

  it.each(['handedOver', 'refused'] as const)(
    'forgets the personal data of a request once it is %s (the file no longer holds it)',
    (how) => {
      const log = openCaseRequestLog(dir);
      const done = captured();
      const waiting = {
        ...captured(),
        description: 'Another visitor',
        contact: { email: 'still.waiting@example.org' },
      };
      log.capture(done);
      log.capture(waiting);
      log[how](done.requestId);
      const bytes = readFileSync(caseRequestLogFile(dir), 'utf8');
      expect(bytes).not.toContain(personal.email);
      expect(bytes).not.toContain(personal.phone);
      expect(bytes).not.toContain(personal.description);
      expect(bytes).not.toContain(done.requestId);
      expect(bytes).toContain('still.waiting@example.org');
      expect(log.pending().map((r) => r.requestId)).toEqual([waiting.requestId]);
      log.close();
      expect(
        openCaseRequestLog(dir)
          .pending()
          .map((r) => r.requestId),
      ).toEqual([waiting.requestId]);
    },
  );

  it('ignores a torn last line after a crash, says so, and compacts it away', () => {
    const log = openCaseRequestLog(dir);
    const request = captured();
    log.capture(request);
    log.close();
    appendFileSync(caseRequestLogFile(dir), '{"kind":"captured","request":{"requestId":"0');
    const lines: string[] = [];
    const reopened = openCaseRequestLog(dir, { log: (line) => lines.push(line) });
    expect(reopened.pending()).toEqual([request]);
    expect(lines).toEqual([expect.stringContaining('incomplete last record')]);
    expect(lines.join('\n')).not.toContain(personal.email);
    const text = readFileSync(caseRequestLogFile(dir), 'utf8');
    expect(text.trim().split('\n')).toHaveLength(1);
    reopened.close();
  });

  it('takes a request again after its content was refused (the visitor changed it)', () => {
    const log = openCaseRequestLog(dir);
    const request = captured();
    log.capture(request);
    log.refused(request.requestId);
    const changed = { ...request, answers: { size: 'small' } };
    log.capture(changed);
    log.close();
    expect(openCaseRequestLog(dir).pending()).toEqual([changed]);
  });
});
