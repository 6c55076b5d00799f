// The kiosk's durable log of walk-in requests `<data>/case-requests.jsonl`: a request is written (fsynced) as
// `captured` before the hub is asked, and marked `handedOver` (the hub committed it) or `refused` (its content was
// refused while the visitor was still there); the log is then compacted so nothing personal of a finished request
// stays on the kiosk's disk. Read and compacted on start; a torn last line (a crash while writing) is dropped.
// Records hold personal data: nothing of them is ever written to the operator's log.

import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CaseStatusToken, SubmitRequestInput } from '../../../machines/contracts/index.js';
import { replaceFileDurably } from '../offline/durableFile.js';
import { parseJsonLines } from '../offline/jsonLines.js';

/** A request as the kiosk captured it, with the status token printed on its receipt. */
export const CapturedRequest = SubmitRequestInput.extend({ statusToken: CaseStatusToken });
export type CapturedRequest = z.infer<typeof CapturedRequest>;

const CapturedRecord = z.object({ kind: z.literal('captured'), request: CapturedRequest });
const DoneRecord = z.object({ kind: z.enum(['handedOver', 'refused']), requestId: z.uuid() });
const LogRecord = z.discriminatedUnion('kind', [CapturedRecord, DoneRecord]);
type LogRecord = z.infer<typeof LogRecord>;

export interface CaseRequestLog {
  readonly file: string;
  /** Writes the request and fsyncs it before returning (a capture of a pending id replaces it). */
  capture(request: CapturedRequest): void;
  /** The hub committed it: marked (fsynced), then the log is compacted so its data leaves the disk. */
  handedOver(requestId: string): void;
  /** The hub refused its content while the visitor could still change it: dropped like a handed-over one. */
  refused(requestId: string): void;
  /** The pending request with this id. */
  find(requestId: string): CapturedRequest | undefined;
  /** Requests not yet handed over, oldest capture first. */
  pending(): CapturedRequest[];
  close(): void;
}

export interface OpenCaseRequestLogOptions {
  /** One line for the operator's log (never record content). */
  log?: (line: string) => void;
  /** Flushes a file descriptor to disk (tests count the calls). */
  fsync?: (fd: number) => void;
}

export const caseRequestLogFile = (dataDir: string): string => join(dataDir, 'case-requests.jsonl');

function apply(pending: Map<string, CapturedRequest>, record: LogRecord): void {
  if (record.kind === 'captured') {
    pending.delete(record.request.requestId);
    pending.set(record.request.requestId, record.request);
  } else {
    pending.delete(record.requestId);
  }
}

/** Reads `<dataDir>/case-requests.jsonl` (creating it), compacts it, and opens it for appending. */
export function openCaseRequestLog(dataDir: string, options: OpenCaseRequestLogOptions = {}): CaseRequestLog {
  const file = caseRequestLogFile(dataDir);
  const log = options.log ?? (() => {});
  const sync = options.fsync ?? fsyncSync;
  const pending = new Map<string, CapturedRequest>();
  if (existsSync(file))
    for (const r of parseJsonLines(readFileSync(file, 'utf8'), LogRecord, 'request log', log))
      apply(pending, r);

  /** Rewrites the file with the pending requests only: temp file, fsync, rename, fsync of the folder. */
  function rewrite(): void {
    const text = [...pending.values()]
      .map((request) => `${JSON.stringify({ kind: 'captured', request })}\n`)
      .join('');
    replaceFileDurably(file, text, sync);
  }

  rewrite();
  let fd = openSync(file, 'a', 0o600);
  let closed = false;

  function append(record: LogRecord): void {
    if (closed) throw new Error('the request log is closed');
    writeSync(fd, `${JSON.stringify(record)}\n`);
    sync(fd);
    apply(pending, record);
  }

  function finish(kind: 'handedOver' | 'refused', requestId: string): void {
    if (!pending.has(requestId)) return;
    append({ kind, requestId });
    closeSync(fd);
    rewrite();
    fd = openSync(file, 'a', 0o600);
  }

  return {
    file,
    capture: (request) => append({ kind: 'captured', request }),
    handedOver: (requestId) => finish('handedOver', requestId),
    refused: (requestId) => finish('refused', requestId),
    find: (requestId) => pending.get(requestId),
    pending: () => [...pending.values()],
    close() {
      if (closed) return;
      closed = true;
      closeSync(fd);
    },
  };
}
