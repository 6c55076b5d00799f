// The kiosk's notice board: numbered versions, the screen's long poll, the saved copy on disk read back at start
// (without notices the clock has ended), and a board without a data folder.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskNotices } from '../../../../machines/contracts/index.js';
import { noticesFile, openNoticeBoard } from '../../../../main/agent/notices/noticeBoard.js';
import { deviceNotice } from './deviceNotice.js';

const at = (iso: string) => () => new Date(iso);
const morning = at('2026-11-26T18:00:00.000Z');

describe('the notice board', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lobby311-notice-board-'));
  });
  afterEach(() => {
    vi.useRealTimers();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a screen that starts at version 0 at once, then only when the list changes', async () => {
    const board = openNoticeBoard({ dataDir: dir, now: morning });
    const first = await board.wait(0);
    expect(first).toEqual({ version: 1, notices: [] });

    const waiting = board.wait(first.version);
    const notice = deviceNotice();
    expect(board.replace([notice])).toBe(true);
    expect(await waiting).toEqual({ version: 2, notices: [notice] });

    expect(board.replace([notice])).toBe(false);
    expect(board.current().version).toBe(2);
    board.close();
  });

  it('answers with the state as it stands after the wait when nothing changed', async () => {
    vi.useFakeTimers();
    const board = openNoticeBoard({ dataDir: null, now: morning, waitMs: 25_000 });
    let answered = false;
    const waiting = board.wait(1).then((state) => {
      answered = true;
      return state;
    });
    await vi.advanceTimersByTimeAsync(24_999);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await waiting).toEqual({ version: 1, notices: [] });
  });

  it('ends every wait on close and answers later ones at once', async () => {
    const board = openNoticeBoard({ dataDir: null, now: morning });
    const waiting = board.wait(1);
    board.close();
    expect(await waiting).toEqual({ version: 1, notices: [] });
    expect(await board.wait(1)).toEqual({ version: 1, notices: [] });
  });

  it('saves every change and reads it back at start as a new version, without notices that have ended', async () => {
    const ended = deviceNotice({ endsAt: '2026-11-26T19:00:00.000Z' });
    const showing = deviceNotice({ severity: 'emergency' });
    const later = deviceNotice({ startsAt: '2026-11-27T16:00:00.000Z' });
    const board = openNoticeBoard({ dataDir: dir, now: morning });
    board.replace([ended, showing, later]);
    const saved = KioskNotices.parse(JSON.parse(readFileSync(noticesFile(dir), 'utf8')));
    expect(saved).toEqual({ version: 2, notices: [ended, showing, later] });
    board.close();

    const restarted = openNoticeBoard({ dataDir: dir, now: at('2026-11-26T20:00:00.000Z') });
    expect(restarted.current()).toEqual({ version: 3, notices: [showing, later] });
    // A screen still holding version 2 from before the restart is answered at once.
    expect((await restarted.wait(2)).version).toBe(3);
    restarted.close();
  });

  it('starts empty, with one line for the operator, when the saved copy cannot be read', () => {
    writeFileSync(noticesFile(dir), '{"version": 4, "notices": [{"id": "nope"}]}');
    const lines: string[] = [];
    const board = openNoticeBoard({ dataDir: dir, now: morning, log: (line) => lines.push(line) });
    expect(board.current()).toEqual({ version: 1, notices: [] });
    expect(lines).toEqual(['the saved notices could not be read; waiting for the hub to send them again']);
    board.close();
  });
});
