// The information visits this kiosk could not give the hub yet, in `<data>/info-visits.jsonl`: one anonymous
// visit per line, appended and fsynced before the visitor's call returns, rewritten (compacted) once visits were
// handed over or dropped. At most `capacity` visits are kept; read back (a torn last line dropped) at start.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { InfoVisit } from '../../../machines/contracts/index.js';
import { replaceFileDurably } from '../offline/durableFile.js';
import { parseJsonLines } from '../offline/jsonLines.js';

export const infoVisitLogFile = (dataDir: string): string => join(dataDir, 'info-visits.jsonl');

export interface InfoVisitLog {
  readonly file: string;
  /** Appends the visit (fsynced); `known`: already kept; `full`: the log holds `capacity` visits, not kept. */
  add(visit: InfoVisit): 'added' | 'known' | 'full';
  /** Kept visits, oldest first. */
  pending(): InfoVisit[];
  /** Forgets a visit (handed over or dropped); the file changes at the next compact. */
  remove(id: string): void;
  /** Rewrites the file with the kept visits only. */
  compact(): void;
}

export interface InfoVisitLogOptions {
  /** Most visits kept (default 10,000). */
  capacity?: number;
  /** One line for the operator's log (counts only). */
  log?: (line: string) => void;
  fsync?: (fd: number) => void;
}

export function openInfoVisitLog(dataDir: string, options: InfoVisitLogOptions = {}): InfoVisitLog {
  const file = infoVisitLogFile(dataDir);
  const capacity = options.capacity ?? 10_000;
  const sync = options.fsync ?? fsyncSync;
  const log = options.log ?? (() => {});
  const kept = new Map<string, InfoVisit>();
  if (existsSync(file)) {
    for (const visit of parseJsonLines(readFileSync(file, 'utf8'), InfoVisit, 'information visit log', log)) {
      if (kept.size < capacity) kept.set(visit.id, visit);
    }
  }

  function compact(): void {
    const text = [...kept.values()].map((visit) => `${JSON.stringify(visit)}\n`).join('');
    replaceFileDurably(file, text, sync);
  }

  compact();
  return {
    file,
    add(visit) {
      if (kept.has(visit.id)) return 'known';
      if (kept.size >= capacity) return 'full';
      const fd = openSync(file, 'a', 0o600);
      try {
        writeSync(fd, `${JSON.stringify(visit)}\n`);
        sync(fd);
      } finally {
        closeSync(fd);
      }
      kept.set(visit.id, visit);
      return 'added';
    },
    pending: () => [...kept.values()],
    remove(id) {
      kept.delete(id);
    },
    compact,
  };
}
