// The Open311 adapter against the fake case store over real HTTP: discovery, realtime / batch / blackbox
// submissions, token polling, look-up by reference, deduplication, and every fault mapped to its CaseStoreError.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { localReferenceOf } from '../../../machines/caseRequests/localReference.js';
import {
  type CaseStoreAdapter,
  CaseStoreError,
  type OutgoingCaseRequest,
} from '../../../main/hub/cases/caseStore.js';
import { createOpen311Adapter, type Open311Options } from '../../../main/hub/cases/open311/open311Adapter.js';
import {
  type FakeCaseStore,
  type FakeCaseStoreOptions,
  startFakeCaseStore,
} from '../../fakes/fakeCaseStore.js';

let fake: FakeCaseStore | null = null;
const signal = () => new AbortController().signal;

async function setUp(
  fakeOptions: FakeCaseStoreOptions = {},
  adapterOptions: Partial<Open311Options> = {},
): Promise<{ fake: FakeCaseStore; adapter: CaseStoreAdapter }> {
  fake = await startFakeCaseStore(fakeOptions);
  const adapter = createOpen311Adapter({
    baseUrl: fake.baseUrl,
    apiKey: 'key-1',
    jurisdictionId: null,
    deduplicates: fakeOptions.deduplicate ?? false,
    timeoutMs: 5_000,
    ...adapterOptions,
  });
  return { fake, adapter };
}

afterEach(async () => {
  await fake?.close();
  fake = null;
});

function pothole(overrides: Partial<OutgoingCaseRequest> = {}): OutgoingCaseRequest {
  const requestId = randomUUID();
  return {
    requestId,
    localReference: localReferenceOf(requestId),
    serviceCode: 'pothole',
    answers: { road_position: 'bike-lane', size: 'medium', depth_inches: '4' },
    location: { address: '1120 SW 5th Ave, Portland, OR 97204', lat: 45.5155, long: -122.6789 },
    description: 'Deep hole in the bike lane.',
    contact: { email: 'visitor@example.org' },
    language: 'en',
    capturedAt: new Date().toISOString(),
    ...overrides,
  };
}

async function failureOf(promise: Promise<unknown>): Promise<CaseStoreError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CaseStoreError);
  return error as CaseStoreError;
}

describe('discovery', () => {
  it('lists the services and reads a definition', async () => {
    const { adapter } = await setUp({ jurisdictionId: 'portland.gov' }, { jurisdictionId: 'portland.gov' });
    const services = await adapter.listServices(signal());
    expect(services.map((s) => s.code)).toContain('pothole');
    expect(services.find((s) => s.code === 'homeless-camp-cleanup')?.type).toBe('batch');
    const definition = await adapter.getDefinition('sidewalk-damage', signal());
    expect(definition.serviceCode).toBe('sidewalk-damage');
    expect(definition.attributes.map((a) => a.code)).toEqual(['damage_type', 'trip_hazard']);
    expect(adapter.endpoint).toBe(fake!.baseUrl);
  });

  it('reports a service without a definition as unknown', async () => {
    const { adapter } = await setUp();
    const error = await failureOf(adapter.getDefinition('no-such-service', signal()));
    expect(error.kind).toBe('unknown-service');
  });
});

describe('submit', () => {
  it('creates a realtime case, sending our id as Idempotency-Key and attribute', async () => {
    const { fake, adapter } = await setUp({ apiKey: 'key-1' });
    const request = pothole();
    const outcome = await adapter.submit(request, signal());
    expect(outcome).toEqual({
      kind: 'created',
      caseId: fake.cases[0]!.serviceRequestId,
      serviceNotice: expect.any(String),
    });
    const received = fake.received[0]!;
    expect(received.idempotencyKey).toBe(request.requestId);
    expect(received.form.get('attribute[lobby311_request_id]')).toBe(request.requestId);
    expect(received.form.get('description')).toBe(
      `Deep hole in the bike lane.\n\nLobby 311 reference: ${request.localReference}`,
    );
    expect(fake.cases[0]!.contact.email).toBe('visitor@example.org');
  });

  it('keeps a huge id written as a bare number exactly', async () => {
    const { adapter } = await setUp({ unquotedIds: true, firstCaseId: '90071992547409931' });
    expect(await adapter.submit(pothole(), signal())).toMatchObject({ caseId: '90071992547409931' });
  });

  it('gets a token for a batch service and the case id once the store has made it', async () => {
    const { fake, adapter } = await setUp({ tokenDelayMs: null });
    const outcome = await adapter.submit(
      pothole({
        serviceCode: 'homeless-camp-cleanup',
        answers: { tent_count: '3', blocking_sidewalk: 'no' },
      }),
      signal(),
    );
    expect(outcome.kind).toBe('token');
    const token = outcome.kind === 'token' ? outcome.token : '';
    expect(await adapter.pollToken(token, signal())).toEqual({ kind: 'pending' });
    fake.releaseTokens();
    expect(await adapter.pollToken(token, signal())).toEqual({
      kind: 'created',
      caseId: fake.cases[0]!.serviceRequestId,
    });
  });

  it('is accepted without an id by a blackbox service', async () => {
    const { fake, adapter } = await setUp();
    expect(await adapter.submit(pothole({ serviceCode: 'general-feedback', answers: {} }), signal())).toEqual(
      {
        kind: 'accepted',
      },
    );
    expect(fake.cases).toHaveLength(1);
  });

  it("gets the store's words when a required answer is missing", async () => {
    const { fake, adapter } = await setUp();
    const error = await failureOf(adapter.submit(pothole({ answers: { size: 'small' } }), signal()));
    expect(error.kind).toBe('validation');
    expect(error.message).toBe('attribute[road_position] is required');
    expect(error.message).not.toContain('Deep hole');
    expect(fake.cases).toHaveLength(0);
  });

  it('reports an unknown service code', async () => {
    const { adapter } = await setUp();
    expect((await failureOf(adapter.submit(pothole({ serviceCode: 'gone' }), signal()))).kind).toBe(
      'unknown-service',
    );
  });

  it('reports a wrong API key as auth', async () => {
    const { adapter } = await setUp({ apiKey: 'the-right-one' });
    expect((await failureOf(adapter.submit(pothole(), signal()))).kind).toBe('auth');
  });
});

describe('lookup', () => {
  it('finds the case by the reference line, and nothing for another request', async () => {
    const { adapter } = await setUp();
    const request = pothole();
    const created = await adapter.submit(request, signal());
    await adapter.submit(pothole(), signal());
    expect(await adapter.lookup(request, signal())).toEqual({
      caseIds: [created.kind === 'created' ? created.caseId : ''],
    });
    expect(await adapter.lookup(pothole(), signal())).toEqual({ caseIds: [] });
  });
});

describe('deduplication', () => {
  it('gets the same case back for the same Idempotency-Key when the store deduplicates', async () => {
    const { fake, adapter } = await setUp({ deduplicate: true });
    const request = pothole();
    const first = await adapter.submit(request, signal());
    const second = await adapter.submit(request, signal());
    expect(second).toEqual(first);
    expect(fake.cases).toHaveLength(1);
    expect(fake.received.map((r) => r.outcome)).toEqual(['created', 'duplicate']);
  });

  it('creates a second case when the store does not', async () => {
    const { fake, adapter } = await setUp({ deduplicate: false });
    const request = pothole();
    await adapter.submit(request, signal());
    await adapter.submit(request, signal());
    expect(fake.cases).toHaveLength(2);
    expect((await adapter.lookup(request, signal())).caseIds).toHaveLength(2);
  });
});

describe('faults', () => {
  it('commit-then-drop: transient, may have arrived, and the look-up finds the case', async () => {
    const { fake, adapter } = await setUp();
    fake.nextFaults.push({ kind: 'commit-then-drop' });
    const request = pothole();
    const error = await failureOf(adapter.submit(request, signal()));
    expect(error.kind).toBe('transient');
    expect(error.details).toMatchObject({ status: null, mayHaveArrived: true });
    expect(fake.cases).toHaveLength(1);
    expect(await adapter.lookup(request, signal())).toEqual({ caseIds: [fake.cases[0]!.serviceRequestId] });
  });

  it('lookup-lag: a look-up misses the new case, a re-send creates a duplicate, the next look-up sees both', async () => {
    const { fake, adapter } = await setUp();
    fake.setFaults([{ kind: 'lookup-lag', lookups: 1 }]);
    fake.nextFaults.push({ kind: 'commit-then-drop' });
    const request = pothole();
    await failureOf(adapter.submit(request, signal()));
    expect(await adapter.lookup(request, signal())).toEqual({ caseIds: [] });
    fake.setFaults([]);
    await adapter.submit(request, signal());
    expect((await adapter.lookup(request, signal())).caseIds.sort()).toEqual(
      fake.cases.map((c) => c.serviceRequestId).sort(),
    );
    expect(fake.cases).toHaveLength(2);
  });

  it('status-5xx: transient with Retry-After, may have arrived', async () => {
    const { fake, adapter } = await setUp();
    fake.nextFaults.push({ kind: 'status-5xx', status: 503, retryAfterSeconds: 30 });
    const error = await failureOf(adapter.submit(pothole(), signal()));
    expect(error.kind).toBe('transient');
    expect(error.details).toEqual({ status: 503, retryAfterMs: 30_000, mayHaveArrived: true });
    expect(fake.cases).toHaveLength(0);
  });

  it('crm-down-400: transient, not arrived', async () => {
    const { fake, adapter } = await setUp();
    fake.nextFaults.push({ kind: 'crm-down-400' });
    const error = await failureOf(adapter.submit(pothole(), signal()));
    expect([error.kind, error.message, error.details.mayHaveArrived]).toEqual([
      'transient',
      'CRM is down, try again later',
      false,
    ]);
  });

  it('auth-403 on discovery too', async () => {
    const { fake, adapter } = await setUp();
    fake.setFaults([{ kind: 'auth-403' }]);
    expect((await failureOf(adapter.listServices(signal()))).kind).toBe('auth');
    expect((await failureOf(adapter.submit(pothole(), signal()))).kind).toBe('auth');
  });

  it('validation-400: only the poisoned service is refused', async () => {
    const { fake, adapter } = await setUp();
    fake.setFaults([{ kind: 'validation-400', serviceCode: 'general-feedback' }]);
    const error = await failureOf(
      adapter.submit(pothole({ serviceCode: 'general-feedback', answers: {} }), signal()),
    );
    expect(error.kind).toBe('validation');
    expect((await adapter.submit(pothole(), signal())).kind).toBe('created');
  });

  it('refuse: transient, not arrived; after resume it delivers', async () => {
    const { fake, adapter } = await setUp();
    await fake.refuse();
    const error = await failureOf(adapter.submit(pothole(), signal()));
    expect(error.kind).toBe('transient');
    expect(error.details.mayHaveArrived).toBe(false);
    await fake.resume();
    expect((await adapter.submit(pothole(), signal())).kind).toBe('created');
  });

  it('slow: times out without hanging, may have arrived, and the fake closes at once', async () => {
    const { fake, adapter } = await setUp({}, { timeoutMs: 300 });
    fake.setFaults([{ kind: 'slow', delayMs: 60_000 }]);
    const started = Date.now();
    const error = await failureOf(adapter.submit(pothole(), signal()));
    expect(error.kind).toBe('transient');
    expect(error.details.mayHaveArrived).toBe(true);
    expect(error.message).toMatch(/did not answer/);
    expect(Date.now() - started).toBeLessThan(10_000);
    await fake.close();
    expect(fake.cases).toHaveLength(0);
  });

  it("a caller's abort ends the request at once", async () => {
    const { fake, adapter } = await setUp();
    fake.setFaults([{ kind: 'slow', delayMs: 60_000 }]);
    const controller = new AbortController();
    const pending = adapter.submit(pothole(), controller.signal);
    await fake.waitForReceived(1);
    controller.abort();
    expect((await failureOf(pending)).details.mayHaveArrived).toBe(true);
  });
});
