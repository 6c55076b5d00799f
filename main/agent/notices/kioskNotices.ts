// The kiosk's notices put together: the saved board and, when the agent knows the hub's address, the live
// stream that keeps it current; the screen's long poll, and the closing-early rule for offline tickets.
import type { DeviceNotice, KioskNotices, WaitForNoticesInput } from '../../../machines/contracts/index.js';
import { closingNoticeFor } from '../../../machines/notices/activeNotices.js';
import { openNoticeBoard } from './noticeBoard.js';
import {
  type NoticeStream,
  type NoticeStreamTiming,
  noticeStreamUrl,
  startNoticeStream,
} from './noticeStream.js';

export interface NoticeOptions extends NoticeStreamTiming {
  /** The hub's address (http or https); the stream opens on the same host. */
  hubUrl: string;
  /** Longest a waitForNotices call waits (default 25 s). */
  waitMs?: number;
}

export interface KioskNoticesDeps {
  /** null: no stream (the saved notices only). */
  options: NoticeOptions | null;
  /** The device credential's headers. */
  headers: () => Record<string, string>;
  /** Where `notices.json` lives; null: not saved. */
  dataDir: string | null;
  now: () => Date;
  fsync?: (fd: number) => void;
  log?: (line: string) => void;
}

export interface KioskNoticeFeed {
  waitForNotices(input: WaitForNoticesInput): Promise<KioskNotices>;
  /** The showing notice that stops tickets for `serviceId` at `at`, or null. */
  closingNotice(serviceId: string, at: Date): DeviceNotice | null;
  close(): Promise<void>;
}

export function startKioskNotices(deps: KioskNoticesDeps): KioskNoticeFeed {
  const board = openNoticeBoard({
    dataDir: deps.dataDir,
    now: deps.now,
    ...(deps.options?.waitMs === undefined ? {} : { waitMs: deps.options.waitMs }),
    ...(deps.fsync ? { fsync: deps.fsync } : {}),
    ...(deps.log ? { log: deps.log } : {}),
  });
  const options = deps.options;
  // Quiet while all is well: one line when the stream is lost, one when it delivers again.
  let lost = false;
  const noteState = (state: 'connected' | 'lost') => {
    if (state === 'lost') deps.log?.('lost the notices stream; showing the saved notices and trying again');
    else if (lost) deps.log?.('receiving notices from the hub again');
    lost = state === 'lost';
  };
  const stream: NoticeStream | null = options
    ? startNoticeStream({
        ...options,
        url: noticeStreamUrl(options.hubUrl),
        headers: deps.headers,
        onNotices: (notices) => board.replace(notices),
        onState: noteState,
      })
    : null;
  return {
    waitForNotices: ({ afterVersion }) => board.wait(afterVersion),
    closingNotice: (serviceId, at) => closingNoticeFor(board.current().notices, serviceId, at),
    async close() {
      await stream?.stop();
      board.close();
    },
  };
}
