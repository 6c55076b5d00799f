// The restart record: an install becomes a verified start, crashed starts are counted, a rollback is remembered
// until reported, bad versions are kept, and a damaged record never stops the kiosk from starting.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRestartRecord, recordFileName } from '../../../main/agent/updates/restartRecord.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'lobby311-restart-record-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('restart record', () => {
  it('starts ordinarily when nothing was recorded', () => {
    expect(createRestartRecord(dataDir).noteStart('1.0.0')).toEqual({
      start: { kind: 'normal' },
      badVersions: [],
    });
  });

  it('verifies the new version after an install, counting the starts that ended before it was healthy', () => {
    createRestartRecord(dataDir).noteInstalling('1.0.0', '1.1.0');
    // A new process each start, as after a restart.
    const first = createRestartRecord(dataDir).noteStart('1.1.0');
    expect(first.start).toEqual({ kind: 'verifying', previousVersion: '1.0.0', failedStarts: 0 });
    expect(createRestartRecord(dataDir).noteStart('1.1.0').start).toMatchObject({ failedStarts: 1 });
    expect(createRestartRecord(dataDir).noteStart('1.1.0').start).toMatchObject({ failedStarts: 2 });
    const record = createRestartRecord(dataDir);
    record.noteHealthy();
    expect(createRestartRecord(dataDir).noteStart('1.1.0').start).toEqual({ kind: 'normal' });
  });

  it('forgets an install that did not take (the old version started again)', () => {
    createRestartRecord(dataDir).noteInstalling('1.0.0', '1.1.0');
    expect(createRestartRecord(dataDir).noteStart('1.0.0').start).toEqual({ kind: 'normal' });
  });

  it('remembers a rollback until the hub heard it, and never forgets the bad version', () => {
    createRestartRecord(dataDir).noteInstalling('1.0.0', '1.1.0');
    createRestartRecord(dataDir).noteStart('1.1.0');
    createRestartRecord(dataDir).noteRollingBack('1.1.0', '1.0.0', 'not healthy in time');
    const afterRollback = createRestartRecord(dataDir).noteStart('1.0.0');
    expect(afterRollback).toEqual({
      start: { kind: 'rolledBack', from: '1.1.0', reason: 'not healthy in time' },
      badVersions: ['1.1.0'],
    });
    // Not yet reported: the next start says it again.
    expect(createRestartRecord(dataDir).noteStart('1.0.0').start.kind).toBe('rolledBack');
    createRestartRecord(dataDir).noteRollbackReported();
    expect(createRestartRecord(dataDir).noteStart('1.0.0')).toEqual({
      start: { kind: 'normal' },
      badVersions: ['1.1.0'],
    });
  });

  it('tries the rollback again at once when the bad version started again', () => {
    createRestartRecord(dataDir).noteRollingBack('1.1.0', '1.0.0', 'crashed');
    const { start } = createRestartRecord(dataDir).noteStart('1.1.0');
    expect(start).toMatchObject({ kind: 'verifying', previousVersion: '1.0.0' });
    expect(start.kind === 'verifying' && start.failedStarts).toBeGreaterThan(1000);
  });

  it('starts ordinarily from a damaged record, and rewrites it whole', () => {
    const file = join(dataDir, recordFileName);
    writeFileSync(file, '{"verifying": {"version": "bad"');
    expect(createRestartRecord(dataDir).noteStart('1.0.0').start).toEqual({ kind: 'normal' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ verifying: null, badVersions: [] });
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });
});
