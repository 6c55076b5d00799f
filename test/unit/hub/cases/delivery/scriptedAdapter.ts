// A CaseStoreAdapter whose answers each test scripts: submit, lookup and pollToken call replaceable handlers,
// every call is counted, and `gate()` holds calls in flight until the test lets them go.
import {
  type CaseStoreAdapter,
  CaseStoreError,
  type LookupOutcome,
  type OutgoingCaseRequest,
  type SubmitOutcome,
  type TokenOutcome,
} from '../../../../../main/hub/cases/caseStore.js';

export type Handler<In, Out> = (input: In, signal: AbortSignal) => Promise<Out> | Out;

export interface Call {
  method: 'submit' | 'lookup' | 'pollToken';
  /** The request id, or the token for pollToken. */
  key: string;
}

export class ScriptedAdapter implements CaseStoreAdapter {
  readonly endpoint = 'https://cases.example.org';
  deduplicates = false;
  readonly calls: Call[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private nextCase = 1000;

  submitWith: Handler<OutgoingCaseRequest, SubmitOutcome> = () => ({
    kind: 'created',
    caseId: String(this.nextCase++),
    serviceNotice: null,
  });
  lookupWith: Handler<OutgoingCaseRequest, LookupOutcome> = () => ({ caseIds: [] });
  pollWith: Handler<string, TokenOutcome> = () => ({ kind: 'pending' });

  count(method: Call['method']): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  listServices(): Promise<never> {
    return Promise.reject(new Error('not scripted'));
  }

  getDefinition(): Promise<never> {
    return Promise.reject(new Error('not scripted'));
  }

  submit(request: OutgoingCaseRequest, signal: AbortSignal): Promise<SubmitOutcome> {
    return this.run('submit', request.requestId, () => this.submitWith(request, signal));
  }

  lookup(request: OutgoingCaseRequest, signal: AbortSignal): Promise<LookupOutcome> {
    return this.run('lookup', request.requestId, () => this.lookupWith(request, signal));
  }

  pollToken(token: string, signal: AbortSignal): Promise<TokenOutcome> {
    return this.run('pollToken', token, () => this.pollWith(token, signal));
  }

  private async run<T>(method: Call['method'], key: string, handler: () => Promise<T> | T): Promise<T> {
    this.calls.push({ method, key });
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      return await handler();
    } finally {
      this.inFlight -= 1;
    }
  }
}

export function transient(
  message = 'Service unavailable',
  details: Partial<CaseStoreError['details']> = {},
): CaseStoreError {
  return new CaseStoreError('transient', message, {
    status: 503,
    retryAfterMs: null,
    mayHaveArrived: false,
    ...details,
  });
}

export function refusal(kind: 'validation' | 'auth' | 'unknown-service', message: string): CaseStoreError {
  const status = { validation: 400, auth: 403, 'unknown-service': 404 }[kind];
  return new CaseStoreError(kind, message, { status, retryAfterMs: null, mayHaveArrived: false });
}

/** Calls wait on `hold` until `release()`; `waitForCalls(n)` resolves once n calls are waiting. */
export function gate() {
  let release!: () => void;
  const hold = new Promise<void>((resolve) => {
    release = resolve;
  });
  let waiting = 0;
  const watchers: { n: number; resolve: () => void }[] = [];
  return {
    hold: async () => {
      waiting += 1;
      for (const w of watchers.filter((w) => waiting >= w.n)) w.resolve();
      await hold;
    },
    release: () => release(),
    waitForCalls: (n: number) =>
      new Promise<void>((resolve) => {
        if (waiting >= n) resolve();
        else watchers.push({ n, resolve });
      }),
  };
}

/** Resolves when the signal aborts, then throws as a real adapter would. */
export function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(transient('The request was cancelled', { status: null, mayHaveArrived: true }));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}
