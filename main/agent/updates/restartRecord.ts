// What the kiosk remembers across restarts about updates, in update-record.json in the agent's data folder: the
// install under way, the new version's starts before it was healthy, a rollback under way or not yet reported,
// and the versions it rolled back from. Written durably (a power cut leaves the old or the new record).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppVersion } from '../../../machines/contracts/index.js';
import type { UpdateStart } from '../../../machines/updates/updateStart.js';
import { replaceFileDurably } from '../offline/durableFile.js';

const StoredRecord = z.object({
  installing: z.object({ from: AppVersion, to: AppVersion }).nullable().default(null),
  verifying: z
    .object({ version: AppVersion, previousVersion: AppVersion.nullable(), starts: z.number().int().min(0) })
    .nullable()
    .default(null),
  rollingBack: z
    .object({ from: AppVersion, to: AppVersion.nullable(), reason: z.string() })
    .nullable()
    .default(null),
  rolledBack: z.object({ from: AppVersion, reason: z.string() }).nullable().default(null),
  badVersions: z.array(AppVersion).default([]),
});
type UpdateRecord = z.infer<typeof StoredRecord>;

/** How many versions it remembers having rolled back from (the oldest are forgotten). */
const badVersionsKept = 10;

export const recordFileName = 'update-record.json';

export interface RestartRecord {
  /**
   * Called once at every start, before anything else: counts a start of a version still being verified and
   * turns a finished install or rollback into what this start must do (the machine's `start` input).
   */
  noteStart(runningVersion: AppVersion): { start: UpdateStart; badVersions: AppVersion[] };
  /** Just before quitting into the installer of `to`. */
  noteInstalling(from: AppVersion, to: AppVersion): void;
  /** The new version reported healthy: later starts are ordinary ones. */
  noteHealthy(): void;
  /** Just before installing `to` again because `from` was not healthy; `from` is never installed again. */
  noteRollingBack(from: AppVersion, to: AppVersion | null, reason: string): void;
  /** The hub has heard about the rollback. */
  noteRollbackReported(): void;
}

export function createRestartRecord(dataDir: string): RestartRecord {
  const file = join(dataDir, recordFileName);
  const read = (): UpdateRecord => {
    if (!existsSync(file)) return StoredRecord.parse({});
    try {
      return StoredRecord.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      // A damaged record must not keep the kiosk from starting: it starts as an ordinary start.
      return StoredRecord.parse({});
    }
  };
  const write = (record: UpdateRecord) => {
    mkdirSync(dataDir, { recursive: true });
    replaceFileDurably(file, `${JSON.stringify(record, null, 2)}\n`);
  };
  const change = (edit: (record: UpdateRecord) => UpdateRecord) => write(edit(read()));

  return {
    noteStart(running) {
      let record = read();
      if (record.rollingBack) {
        const { from, to, reason } = record.rollingBack;
        // Still the bad version: the rollback did not install; it is tried again at once.
        if (running === from) {
          return {
            start: { kind: 'verifying', previousVersion: to, failedStarts: Number.MAX_SAFE_INTEGER },
            badVersions: record.badVersions,
          };
        }
        record = { ...record, rollingBack: null, verifying: null, rolledBack: { from, reason } };
      } else if (record.installing) {
        const { from, to } = record.installing;
        const verifying = running === to ? { version: to, previousVersion: from, starts: 0 } : null;
        record = { ...record, installing: null, verifying };
      }
      if (record.verifying) {
        record =
          record.verifying.version === running
            ? { ...record, verifying: { ...record.verifying, starts: record.verifying.starts + 1 } }
            : { ...record, verifying: null };
      }
      write(record);
      const { verifying, rolledBack, badVersions } = record;
      if (rolledBack) return { start: { kind: 'rolledBack', ...rolledBack }, badVersions };
      if (verifying) {
        const { previousVersion, starts } = verifying;
        return { start: { kind: 'verifying', previousVersion, failedStarts: starts - 1 }, badVersions };
      }
      return { start: { kind: 'normal' }, badVersions };
    },
    noteInstalling(from, to) {
      change((record) => ({ ...record, installing: { from, to } }));
    },
    noteHealthy() {
      change((record) => ({ ...record, verifying: null }));
    },
    noteRollingBack(from, to, reason) {
      change((record) => ({
        ...record,
        verifying: null,
        rollingBack: { from, to, reason },
        badVersions: [...record.badVersions.filter((v) => v !== from), from].slice(-badVersionsKept),
      }));
    },
    noteRollbackReported() {
      change((record) => ({ ...record, rolledBack: null }));
    },
  };
}
