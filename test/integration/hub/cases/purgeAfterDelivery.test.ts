// Delivery wired into the hub and the personal-data purge that follows it: "here" leaves as the building's
// address; once the case store confirms receipt the visitor's details are purged at once (personalDataDays 0)
// or kept for the retention period; the outbox reports the last success.
import { afterEach, describe, expect, it } from 'vitest';
import { CaseOutboxStatus, SubmitCaseRequestResult } from '../../../../machines/contracts/index.js';
import { relaxedSiteConfig } from '../support/testHub.js';
import { type CaseHub, potholeRequest, startCaseHub } from './caseHub.js';
import { ScriptedCaseStore } from './scriptedCaseStore.js';

interface PersonalColumns {
  contact_json: string | null;
  description: string | null;
  answers_json: string | null;
  location_json: string | null;
  purged_at: string | null;
  state: string;
}

describe('after the case store confirms receipt', () => {
  let hub: CaseHub;
  afterEach(() => hub.close());

  const deliverOne = async (store: ScriptedCaseStore) => {
    await hub.hub.caseCatalog.refresh();
    const res = await hub.post('/api/case-requests', potholeRequest({ location: { kind: 'here' } }), 'kiosk');
    const { receipt } = SubmitCaseRequestResult.parse(res.json());
    hub.clock.advance(1000);
    expect(await hub.hub.caseDelivery.tick()).toBe(1);
    expect(store.sent.map((r) => r.requestId)).toEqual([receipt.requestId]);
    return hub.read<PersonalColumns>(
      'SELECT contact_json, description, answers_json, location_json, purged_at, state FROM case_requests',
    )[0]!;
  };

  it('sends "here" as the building and purges the visitor’s details at once by default', async () => {
    const store = new ScriptedCaseStore();
    hub = await startCaseHub({ adapter: store });
    const row = await deliverOne(store);
    expect(store.sent[0]?.location).toEqual(hub.config.caseRequests.here);
    expect(store.sent[0]?.contact?.email).toBe('maria.garcia@example.com');
    expect(row).toEqual({
      contact_json: null,
      description: null,
      answers_json: null,
      location_json: '{"kind":"here"}',
      purged_at: hub.clock.now().toISOString(),
      state: 'delivered',
    });
    const status = CaseOutboxStatus.parse((await hub.get('/api/case-requests/outbox', 'supervisor')).json());
    expect(status).toMatchObject({
      endpoint: 'https://cases.example.org',
      receiverDeduplicates: true,
      pending: 0,
      lastSuccessAt: hub.clock.now().toISOString(),
      lastError: null,
      catalog: { source: 'case-store' },
    });
  });

  it('keeps them for the retention period when personalDataDays is set', async () => {
    const store = new ScriptedCaseStore();
    const config = relaxedSiteConfig((c) => ({
      ...c,
      caseRequests: { ...c.caseRequests, personalDataDays: 7 },
    }));
    hub = await startCaseHub({ adapter: store, config });
    const row = await deliverOne(store);
    expect(row.state).toBe('delivered');
    expect(row.purged_at).toBeNull();
    expect(JSON.parse(row.contact_json ?? 'null')).toMatchObject({ email: 'maria.garcia@example.com' });
  });
});
