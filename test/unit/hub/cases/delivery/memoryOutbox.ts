// An in-memory CaseOutboxStore for the delivery worker's tests: the same contract as the SQLite store
// (beginSend marks a request as possibly sent, retryLater counts an attempt), with every entry inspectable and
// every write recorded in order.
import type {
  CaseRequestState,
  CaseServiceType,
  DeliveryError,
  ReviewReason,
} from '../../../../../machines/contracts/caseRequests.js';
import type { OutgoingCaseRequest } from '../../../../../main/hub/cases/caseStore.js';
import type {
  CaseOutboxStore,
  DeliveredResult,
  OutboxEntry,
} from '../../../../../main/hub/cases/outboxStore.js';

export interface MemoryEntry {
  id: string;
  request: OutgoingCaseRequest;
  serviceType: CaseServiceType | null;
  state: CaseRequestState;
  attempts: number;
  token: string | null;
  uncertain: boolean;
  capturedAt: string;
  nextAttemptAt: number | null;
  caseId: string | null;
  serviceNotice: string | null;
  duplicateCaseIds: string[];
  lastError: DeliveryError | null;
  reviewReason: ReviewReason | null;
  deliveredAt: string | null;
}

export class MemoryOutbox implements CaseOutboxStore {
  readonly entries = new Map<string, MemoryEntry>();
  /** Every write as `<method>:<id>`, in order. */
  readonly writes: string[] = [];
  private lastSuccess: string | null = null;

  add(request: OutgoingCaseRequest, overrides: Partial<MemoryEntry> = {}): MemoryEntry {
    const entry: MemoryEntry = {
      id: request.requestId,
      request,
      serviceType: 'realtime',
      state: 'queued',
      attempts: 0,
      token: null,
      uncertain: false,
      capturedAt: request.capturedAt,
      nextAttemptAt: Date.parse(request.capturedAt),
      caseId: null,
      serviceNotice: null,
      duplicateCaseIds: [],
      lastError: null,
      reviewReason: null,
      deliveredAt: null,
      ...overrides,
    };
    this.entries.set(entry.id, entry);
    return entry;
  }

  get(id: string): MemoryEntry {
    const entry = this.entries.get(id);
    if (!entry) throw new Error(`no outbox entry ${id}`);
    return entry;
  }

  inState(state: CaseRequestState): MemoryEntry[] {
    return [...this.entries.values()].filter((e) => e.state === state);
  }

  due(now: Date, limit: number, busy: ReadonlySet<string>): OutboxEntry[] {
    return this.pending()
      .filter((e) => !busy.has(e.id) && (e.nextAttemptAt ?? 0) <= now.getTime())
      .sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id))
      .slice(0, Math.max(0, limit))
      .map((e) => ({
        id: e.id,
        request: structuredClone(e.request),
        serviceType: e.serviceType,
        state: e.state === 'awaiting-case-number' ? 'awaiting-case-number' : 'queued',
        attempts: e.attempts,
        token: e.token,
        uncertain: e.uncertain,
        capturedAt: e.capturedAt,
      }));
  }

  nextDueAt(): Date | null {
    const times = this.pending().map((e) => e.nextAttemptAt ?? 0);
    return times.length === 0 ? null : new Date(Math.min(...times));
  }

  beginSend(id: string, _at: Date): void {
    this.write('beginSend', id).uncertain = true;
  }

  delivered(id: string, result: DeliveredResult, at: Date): void {
    const entry = this.write('delivered', id);
    Object.assign(entry, result, {
      state: 'delivered',
      uncertain: false,
      token: null,
      nextAttemptAt: null,
      deliveredAt: at.toISOString(),
    });
    this.lastSuccess = at.toISOString();
  }

  awaitingCaseNumber(id: string, token: string, nextAttemptAt: Date, at: Date): void {
    const entry = this.write('awaitingCaseNumber', id);
    Object.assign(entry, {
      state: 'awaiting-case-number',
      token,
      uncertain: false,
      nextAttemptAt: nextAttemptAt.getTime(),
    });
    this.lastSuccess = at.toISOString();
  }

  retryLater(id: string, update: { nextAttemptAt: Date; error: DeliveryError; uncertain: boolean }): void {
    const entry = this.write('retryLater', id);
    entry.attempts += 1;
    entry.nextAttemptAt = update.nextAttemptAt.getTime();
    entry.lastError = update.error;
    entry.uncertain = update.uncertain;
  }

  toReview(id: string, reason: ReviewReason, error: DeliveryError | null): void {
    const entry = this.write('toReview', id);
    Object.assign(entry, { state: 'review', reviewReason: reason, lastError: error, nextAttemptAt: null });
  }

  duplicatesFound(id: string, caseIds: string[]): void {
    this.write('duplicatesFound', id).duplicateCaseIds = [...caseIds];
  }

  lastSuccessAt(): string | null {
    return this.lastSuccess;
  }

  private pending(): MemoryEntry[] {
    return [...this.entries.values()].filter(
      (e) => e.state === 'queued' || e.state === 'awaiting-case-number',
    );
  }

  private write(method: string, id: string): MemoryEntry {
    this.writes.push(`${method}:${id}`);
    return this.get(id);
  }
}
