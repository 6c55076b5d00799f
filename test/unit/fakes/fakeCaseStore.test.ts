// The fake case store on its own, over HTTP: GeoReport validation, what GET answers show (never contact
// details), filters, batch tokens on an injected clock, deduplication, one-shot and persistent faults.
import { afterEach, describe, expect, it } from 'vitest';
import {
  type FakeCaseStore,
  type FakeCaseStoreOptions,
  startFakeCaseStore,
} from '../../fakes/fakeCaseStore.js';

let fake: FakeCaseStore | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

async function start(options: FakeCaseStoreOptions = {}): Promise<FakeCaseStore> {
  fake = await startFakeCaseStore(options);
  return fake;
}

const potholeForm = (extra: Record<string, string> = {}) =>
  new URLSearchParams({
    service_code: 'pothole',
    address_string: '1120 SW 5th Ave',
    'attribute[road_position]': 'crosswalk',
    'attribute[size]': 'large',
    description: 'Hole',
    email: 'someone@example.org',
    phone: '503 555 0100',
    ...extra,
  });

async function post(store: FakeCaseStore, form: URLSearchParams, headers: Record<string, string> = {}) {
  const response = await fetch(`${store.baseUrl}/requests.json`, { method: 'POST', body: form, headers });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>[] };
}

async function get(store: FakeCaseStore, path: string) {
  const response = await fetch(`${store.baseUrl}/${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown>[] };
}

describe('submissions', () => {
  it('lists every problem with a form at once', async () => {
    const store = await start();
    const form = new URLSearchParams({
      service_code: 'sidewalk-damage',
      'attribute[damage_type][]': 'melted',
      'attribute[trip_hazard]': 'maybe',
      description: 'x'.repeat(4001),
    });
    expect(await post(store, form)).toEqual({
      status: 400,
      body: [
        { code: 400, description: 'a location is required: lat and long, address_string or address_id' },
        { code: 400, description: 'description must be at most 4000 characters' },
        { code: 400, description: 'attribute[damage_type] must be among the listed values' },
        { code: 400, description: 'attribute[trip_hazard] must be one of the listed values' },
      ],
    });
    expect(store.received[0]).toMatchObject({ outcome: 'refused', status: 400, caseId: null });
  });

  it('checks numbers and dates, and ignores attributes it does not know', async () => {
    const store = await start();
    const bad = await post(
      store,
      new URLSearchParams({
        service_code: 'abandoned-vehicle',
        lat: '45.5',
        long: '-122.6',
        'attribute[first_seen]': 'last week',
      }),
    );
    expect(bad.body).toEqual([{ code: 400, description: 'attribute[first_seen] must be a date and time' }]);
    const good = await post(
      store,
      potholeForm({ 'attribute[depth_inches]': '3.5', 'attribute[unknown]': 'x' }),
    );
    expect(good.status).toBe(201);
    const notNumber = await post(store, potholeForm({ 'attribute[depth_inches]': 'deep' }));
    expect(notNumber.body).toEqual([{ code: 400, description: 'attribute[depth_inches] must be a number' }]);
  });

  it('requires the configured api_key and jurisdiction', async () => {
    const store = await start({ apiKey: 'k', jurisdictionId: 'pdx' });
    expect((await post(store, potholeForm())).status).toBe(403);
    expect((await post(store, potholeForm({ api_key: 'k' }))).body).toEqual([
      { code: 400, description: 'jurisdiction_id is required' },
    ]);
    expect((await post(store, potholeForm({ api_key: 'k', jurisdiction_id: 'nyc' }))).status).toBe(404);
    expect((await post(store, potholeForm({ api_key: 'k', jurisdiction_id: 'pdx' }))).status).toBe(201);
    expect((await get(store, 'services.json')).status).toBe(400);
    expect((await get(store, 'services.json?jurisdiction_id=pdx')).status).toBe(200);
  });
});

describe('GET requests', () => {
  it('never shows contact details, and filters by code, status, ids and dates', async () => {
    let clock = Date.parse('2025-03-01T12:00:00Z');
    const store = await start({ now: () => new Date(clock) });
    await post(store, potholeForm());
    clock += 2 * 86_400_000;
    await post(store, potholeForm());
    await post(store, new URLSearchParams({ service_code: 'sewer-backup', lat: '45.5', long: '-122.6' }));
    const all = await get(store, 'requests.json');
    expect(all.body.map((c) => c.service_request_id)).toEqual(['1000003', '1000002', '1000001']);
    for (const c of all.body) {
      expect(Object.keys(c)).not.toEqual(expect.arrayContaining(['email']));
      expect(JSON.stringify(c)).not.toMatch(/someone@example.org|503 555/);
    }
    const byCode = await get(store, 'requests.json?service_code=pothole&start_date=2025-03-02T00:00:00Z');
    expect(byCode.body.map((c) => c.service_request_id)).toEqual(['1000002']);
    const byEnd = await get(store, 'requests.json?end_date=2025-03-02T00:00:00Z');
    expect(byEnd.body.map((c) => c.service_request_id)).toEqual(['1000001']);
    const byIds = await get(store, 'requests.json?service_request_id=1000001,1000003&service_code=pothole');
    expect(byIds.body.map((c) => c.service_request_id)).toEqual(['1000003', '1000001']);
    expect((await get(store, 'requests.json?status=closed')).body).toEqual([]);
    expect((await get(store, 'requests/1000002.json')).body[0]).toMatchObject({ service_code: 'pothole' });
    expect((await get(store, 'requests/999.json')).status).toBe(404);
  });

  it('hides new cases from the next lists while lookup-lag is set', async () => {
    const store = await start();
    store.nextFaults.push({ kind: 'lookup-lag', lookups: 2 });
    await post(store, potholeForm());
    expect((await get(store, 'requests.json')).body).toEqual([]);
    expect((await get(store, 'requests.json')).body).toEqual([]);
    expect((await get(store, 'requests.json')).body).toHaveLength(1);
  });
});

describe('batch services', () => {
  it('makes the case tokenDelayMs after the submission, on the injected clock', async () => {
    let clock = Date.parse('2025-03-01T12:00:00Z');
    const store = await start({ now: () => new Date(clock), tokenDelayMs: 60_000 });
    const form = new URLSearchParams({
      service_code: 'homeless-camp-cleanup',
      address_string: 'SW Main St',
      'attribute[tent_count]': '2',
      'attribute[blocking_sidewalk]': 'yes',
    });
    const { body } = await post(store, form);
    expect(body).toEqual([{ token: 'tok-000001' }]);
    expect((await get(store, 'tokens/tok-000001.json')).body).toEqual([{ token: 'tok-000001' }]);
    expect(store.cases).toHaveLength(0);
    clock += 60_000;
    expect((await get(store, 'tokens/tok-000001.json')).body).toEqual([
      { service_request_id: '1000001', token: 'tok-000001' },
    ]);
    expect(store.cases[0]).toMatchObject({ token: 'tok-000001', requestedAt: '2025-03-01T12:00:00.000Z' });
    expect((await get(store, 'tokens/nope.json')).status).toBe(404);
  });
});

describe('deduplication', () => {
  it('matches a repeat by attribute[lobby311_request_id] too, and can be switched at run time', async () => {
    const store = await start({ deduplicate: true });
    const form = potholeForm({ 'attribute[lobby311_request_id]': 'req-1' });
    const first = await post(store, form);
    const again = await post(store, form, { 'Idempotency-Key': 'other-key' });
    expect(again).toEqual(first);
    expect(store.cases).toHaveLength(1);
    store.deduplicate = false;
    await post(store, form);
    expect(store.cases).toHaveLength(2);
  });
});

describe('faults', () => {
  it('uses a one-shot fault once, on the first request it applies to', async () => {
    const store = await start();
    store.nextFaults.push({ kind: 'commit-then-drop' }, { kind: 'status-5xx', route: 'services' });
    expect((await get(store, 'services.json')).status).toBe(503);
    expect((await get(store, 'services.json')).status).toBe(200);
    await expect(post(store, potholeForm())).rejects.toThrow();
    expect(store.received[0]).toMatchObject({ fault: 'commit-then-drop', outcome: 'created', status: null });
    expect((await post(store, potholeForm())).status).toBe(201);
    expect(store.cases).toHaveLength(2);
    expect(store.nextFaults).toEqual([]);
  });

  it('can commit before a 5xx, and answers Retry-After', async () => {
    const store = await start();
    store.setFaults([{ kind: 'status-5xx', status: 502, commit: true, retryAfterSeconds: 7 }]);
    const response = await fetch(`${store.baseUrl}/requests.json`, { method: 'POST', body: potholeForm() });
    expect([response.status, response.headers.get('retry-after')]).toEqual([502, '7']);
    expect(store.cases).toHaveLength(1);
    store.setFaults([]);
    expect((await post(store, potholeForm())).status).toBe(201);
  });

  it('counts requests per route', async () => {
    const store = await start();
    await get(store, 'services.json');
    await get(store, 'services/pothole.json');
    await get(store, 'services.xml');
    await post(store, potholeForm());
    expect(store.hits).toEqual({
      services: 1,
      definition: 1,
      submit: 1,
      requests: 0,
      request: 0,
      token: 0,
      other: 1,
    });
  });

  it('refuses connections, then listens again on the same port', async () => {
    const store = await start();
    await store.refuse();
    await expect(fetch(`${store.baseUrl}/services.json`)).rejects.toThrow();
    await store.resume();
    expect((await get(store, 'services.json')).status).toBe(200);
  });

  it('closes at once with slow requests waiting, and never commits them', async () => {
    const store = await start();
    store.setFaults([{ kind: 'slow', delayMs: 60_000 }]);
    const pending = fetch(`${store.baseUrl}/requests.json`, { method: 'POST', body: potholeForm() }).catch(
      (error: unknown) => error,
    );
    await store.waitForReceived(1);
    await store.close();
    expect(await pending).toBeInstanceOf(Error);
    expect(store.cases).toEqual([]);
  });
});
