// The hub's notices: publish, change and withdraw them (stored in SQLite), what each receiver should know
// about, change notifications for the event streams, and the notice that stops a service's tickets early.
import type Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { DeviceNotice, Notice, NoticeBody, SiteConfig } from '../../../machines/contracts/index.js';
import { closingNoticeFor } from '../../../machines/notices/activeNotices.js';
import { createSqliteNotices } from '../store/sqliteNotices.js';
import { checkNoticeBody, requireRunning } from './noticeChecks.js';
import { registerNoticeRoutes } from './noticeRoutes.js';
import { deviceNoticeOf, isFor, isOver, type NoticeReceiver } from './noticeRules.js';

export type { NoticeReceiver } from './noticeRules.js';

export interface NoticesHub {
  /** Running notices, plus those that ended or were withdrawn in the last 7 days, newest publication first. */
  list(): Notice[];
  /** Publishes a notice; `by` is the staff username. */
  publish(body: NoticeBody, by: string): Notice;
  /** Replaces a running notice's content, times, targets and closing; its version grows. */
  update(id: string, body: NoticeBody, by: string): Notice;
  /** Withdraws a running notice from every device at once; `reason` is kept with it for staff. */
  withdraw(id: string, reason: string, by: string): Notice;
  /**
   * Not withdrawn, not ended (by the hub clock), targeted at the receiver (deviceId null = a staff member
   * watching that stream: every notice of that kind). Future-start notices included.
   */
  forReceiver(receiver: NoticeReceiver): DeviceNotice[];
  /** Called after every committed publish / update / withdrawal. Returns unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** The showing notice that stops tickets for serviceId at `at` (closing.from <= at), or null. */
  closingNotice(serviceId: string, at: Date): string | null;
  registerRoutes(app: FastifyInstance): void;
}

export interface NoticesDeps {
  db: Database.Database;
  config: SiteConfig;
  now: () => Date;
  newId: () => string;
  /** A change listener threw (default: a process warning naming the error); the others still run. */
  onListenerError?: (error: unknown) => void;
}

const recentDays = 7;
const dayMs = 24 * 60 * 60_000;

const warn = (error: unknown) =>
  process.emitWarning(`a notices listener failed: ${(error as Error)?.name ?? 'unknown error'}`);

const newestFirst = (a: Notice, b: Notice) =>
  b.publishedAt.localeCompare(a.publishedAt) || b.id.localeCompare(a.id);

export function createNotices(deps: NoticesDeps): NoticesHub {
  const { config, now } = deps;
  const store = createSqliteNotices(deps.db);
  const listeners = new Set<() => void>();
  /** Notices not withdrawn (those that had ended when the hub started are left out). */
  let running = store.notWithdrawn().filter((n) => !isOver(n, now()));

  const changed = (notice: Notice) => {
    running = [...running.filter((n) => n.id !== notice.id), notice].filter((n) => n.withdrawnAt === null);
    for (const listener of listeners) {
      try {
        listener();
      } catch (error) {
        (deps.onListenerError ?? warn)(error);
      }
    }
    return notice;
  };
  const check = (body: NoticeBody) =>
    checkNoticeBody(body, { config, now: now(), unknownDevices: store.unknownDevices });
  const contentOf = (body: NoticeBody) => ({
    severity: body.severity,
    messages: body.messages,
    startsAt: body.startsAt,
    endsAt: body.endsAt,
    targets: body.targets,
    closing: body.closing,
  });
  const current = (at: Date) => running.filter((n) => !isOver(n, at));

  const hub: NoticesHub = {
    list() {
      const at = now();
      const since = new Date(at.getTime() - recentDays * dayMs);
      return store
        .withdrawnSinceOrCurrent(since.toISOString())
        .filter((n) => n.withdrawnAt !== null || n.endsAt === null || Date.parse(n.endsAt) >= since.getTime())
        .sort(newestFirst);
    },
    publish(body, by) {
      check(body);
      const at = now().toISOString();
      const notice: Notice = {
        id: deps.newId(),
        version: 1,
        ...contentOf(body),
        publishedAt: at,
        publishedBy: by,
        updatedAt: at,
        withdrawnAt: null,
        withdrawnBy: null,
        withdrawnReason: null,
      };
      store.insert(notice);
      return changed(notice);
    },
    update(id, body, _by) {
      const existing = requireRunning(store.find(id), now());
      check(body);
      const notice: Notice = {
        ...existing,
        ...contentOf(body),
        version: existing.version + 1,
        updatedAt: now().toISOString(),
      };
      store.replace(notice);
      return changed(notice);
    },
    withdraw(id, reason, by) {
      const existing = requireRunning(store.find(id), now());
      const at = now().toISOString();
      const notice: Notice = {
        ...existing,
        version: existing.version + 1,
        updatedAt: at,
        withdrawnAt: at,
        withdrawnBy: by,
        withdrawnReason: reason === '' ? null : reason,
      };
      store.replace(notice);
      return changed(notice);
    },
    forReceiver(receiver) {
      return current(now())
        .filter((n) => isFor(n, receiver))
        .map(deviceNoticeOf);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    closingNotice(serviceId, at) {
      return closingNoticeFor(current(at), serviceId, at)?.id ?? null;
    },
    registerRoutes(app) {
      registerNoticeRoutes(app, hub);
    },
  };
  return hub;
}
