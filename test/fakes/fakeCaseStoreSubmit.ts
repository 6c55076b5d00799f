// The fake case store's handling of POST requests.json: the api_key and jurisdiction checks, optional
// deduplication by Idempotency-Key or attribute[lobby311_request_id], validation against the catalog, then a
// case (realtime, blackbox) or a token whose case appears later (batch). Records every submission received.
import type { IncomingHttpHeaders } from 'node:http';
import { caseFromForm, type FakeCase, type FakeToken } from './fakeCaseStoreCases.js';
import type { FakeCatalog } from './fakeCaseStoreData.js';
import type { FakeFault, FaultPlan } from './fakeCaseStoreFaults.js';
import { refusalOf } from './fakeCaseStoreValidation.js';

export interface ReceivedCaseRequest {
  at: string;
  /** The parsed form, exactly as sent. */
  form: URLSearchParams;
  /** Request headers, lower-case names. */
  headers: Record<string, string>;
  idempotencyKey: string | null;
  serviceCode: string | null;
  /** The fault that met it, if any. */
  fault: FakeFault['kind'] | null;
  /** null while not processed (or a fault answered first); queued: a batch token was issued. */
  outcome: 'created' | 'queued' | 'accepted' | 'duplicate' | 'refused' | null;
  /** HTTP status answered; null when no answer was sent (dropped). */
  status: number | null;
  caseId: string | null;
  token: string | null;
}

export interface SubmitAnswer {
  status: number;
  body: unknown;
}

const NOTICE = 'Thank you. City staff review new requests within two business days.';

export function createSubmissions(settings: {
  catalog: FakeCatalog;
  now: () => Date;
  plan: FaultPlan;
  apiKey: string | null;
  jurisdictionId: string | null;
  tokenDelayMs: number | null;
  firstCaseId: bigint;
  deduplicate: () => boolean;
}) {
  const received: ReceivedCaseRequest[] = [];
  const cases: FakeCase[] = [];
  const tokens: FakeToken[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let nextId = settings.firstCaseId;

  const refuse = (
    r: ReceivedCaseRequest,
    status: number,
    errors: { code: number; description: string }[],
  ) => {
    r.outcome = 'refused';
    return { status, body: errors };
  };

  function createCase(token: FakeToken | null, pending: FakeCase): FakeCase {
    const c = { ...pending, serviceRequestId: String(nextId), token: token?.token ?? null };
    nextId += 1n;
    cases.push(c);
    if (token) token.serviceRequestId = c.serviceRequestId;
    return c;
  }

  function answerFor(c: FakeCase | null, token: FakeToken | null, type: string): SubmitAnswer {
    if (token) return { status: 200, body: [{ token: token.token }] };
    if (type === 'blackbox' || !c) return { status: 200, body: [{ service_notice: NOTICE }] };
    return {
      status: 201,
      body: [{ service_request_id: c.serviceRequestId, service_notice: NOTICE, account_id: null }],
    };
  }

  function findDuplicate(keys: string[]): { c: FakeCase | null; token: FakeToken | null } | null {
    const mine = (c: FakeCase) =>
      keys.includes(c.idempotencyKey ?? '') || keys.includes(c.clientRequestId ?? '');
    const token = tokens.find((t) => mine(t.pending)) ?? null;
    const c = cases.find(mine) ?? null;
    return token || c ? { c, token } : null;
  }

  return {
    received,
    cases,
    tokens,

    receive(form: URLSearchParams, headers: IncomingHttpHeaders): ReceivedCaseRequest {
      const flat = Object.fromEntries(
        Object.entries(headers).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join(', ') : (value ?? ''),
        ]),
      );
      const record: ReceivedCaseRequest = {
        at: settings.now().toISOString(),
        form,
        headers: flat,
        idempotencyKey: flat['idempotency-key'] ?? null,
        serviceCode: form.get('service_code'),
        fault: null,
        outcome: null,
        status: null,
        caseId: null,
        token: null,
      };
      received.push(record);
      for (const waiter of waiters.filter((w) => received.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      return record;
    },

    process(r: ReceivedCaseRequest, form: URLSearchParams): SubmitAnswer {
      if (settings.apiKey !== null && form.get('api_key') !== settings.apiKey) {
        return refuse(r, 403, [{ code: 403, description: 'Invalid api_key' }]);
      }
      const jurisdiction = form.get('jurisdiction_id');
      if (settings.jurisdictionId !== null && jurisdiction !== settings.jurisdictionId) {
        if (!jurisdiction) return refuse(r, 400, [{ code: 400, description: 'jurisdiction_id is required' }]);
        return refuse(r, 404, [{ code: 404, description: `jurisdiction_id ${jurisdiction} was not found` }]);
      }
      const clientId = form.get('attribute[lobby311_request_id]');
      const keys = [r.idempotencyKey, clientId].filter((k): k is string => !!k);
      const type =
        settings.catalog.services.find((s) => s.service_code === r.serviceCode)?.type ?? 'realtime';
      const duplicate = settings.deduplicate() && keys.length > 0 ? findDuplicate(keys) : null;
      if (duplicate) {
        r.outcome = 'duplicate';
        r.caseId = duplicate.c?.serviceRequestId ?? duplicate.token?.serviceRequestId ?? null;
        r.token = duplicate.token?.token ?? null;
        return answerFor(duplicate.c, duplicate.token, type);
      }
      const refusal = refusalOf(form, settings.catalog);
      if (refusal) return refuse(r, refusal.status, refusal.errors);
      const service = settings.catalog.services.find((s) => s.service_code === r.serviceCode)!;
      const pending = caseFromForm(form, {
        id: '',
        serviceName: service.service_name,
        at: settings.now().toISOString(),
        idempotencyKey: r.idempotencyKey,
        hiddenForLookups: settings.plan.takeLookupLag(),
      });
      if (type === 'batch') {
        const token: FakeToken = {
          token: `tok-${(tokens.length + 1).toString().padStart(6, '0')}`,
          serviceRequestId: null,
          submittedAt: pending.requestedAt,
          pending,
        };
        tokens.push(token);
        r.outcome = 'queued';
        r.token = token.token;
        return answerFor(null, token, type);
      }
      const c = createCase(null, pending);
      r.outcome = type === 'blackbox' ? 'accepted' : 'created';
      r.caseId = c.serviceRequestId;
      return answerFor(c, null, type);
    },

    /** Batch submissions old enough (tokenDelayMs) become cases. */
    releaseDue() {
      if (settings.tokenDelayMs === null) return;
      const nowMs = settings.now().getTime();
      for (const t of tokens) {
        const due = Date.parse(t.submittedAt) + (settings.tokenDelayMs ?? 0) <= nowMs;
        if (t.serviceRequestId === null && due) createCase(t, t.pending);
      }
    },

    releaseAll() {
      for (const t of tokens) if (t.serviceRequestId === null) createCase(t, t.pending);
    },

    waitFor(count: number): Promise<void> {
      if (received.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
  };
}
