// Kill -9 of the real hub (SQLite, child process) while it is delivering walk-in requests to the fake Open311
// case store, which does not deduplicate: after a restart every request reaches the case store exactly once.
// A send cut short by the crash that the case store still committed is found by the look-up, not sent again.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CaseOutboxStatus,
  CaseStatusView,
  SubmitCaseRequestResult,
} from '../../../machines/contracts/index.js';
import { type FakeCaseStore, startFakeCaseStore } from '../../fakes/fakeCaseStore.js';
import { type HubAccess, setUpHubAccess } from '../../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../../support/hubProcess.js';

const apiKey = 'crash-test-key';
const requests = 12;

describe('the hub killed mid-delivery', () => {
  let caseStore: FakeCaseStore;
  let hub: HubProcess;
  let access: HubAccess;
  const hubOptions = () => ({
    args: ['--case-store', `open311+${caseStore.baseUrl}`],
    env: { LOBBY311_CASE_STORE_API_KEY: apiKey },
  });

  beforeAll(async () => {
    caseStore = await startFakeCaseStore({ apiKey, deduplicate: false });
    // Every submission is held before the case store handles it: the hub dies with sends in flight, and the
    // case store commits them afterwards, as a real one would after the client's connection vanished.
    caseStore.setFaults([{ kind: 'slow', delayMs: 1_500, route: 'submit' }]);
    hub = await startHubProcess(hubOptions());
    access = await setUpHubAccess(hub);
  });

  afterAll(async () => {
    await hub?.stop();
    await caseStore?.close();
  });

  const outbox = async (): Promise<CaseOutboxStatus> => {
    const res = await fetch(`${hub.url}/api/case-requests/outbox`, { headers: access.headers('supervisor') });
    expect(res.status).toBe(200);
    return CaseOutboxStatus.parse(await res.json());
  };

  it('delivers every request once, looking up the ones whose send was cut short', async () => {
    const submitted: SubmitCaseRequestResult[] = [];
    for (let i = 0; i < requests; i += 1) {
      const res = await fetch(`${hub.url}/api/case-requests`, {
        method: 'POST',
        headers: { ...access.headers('kiosk'), 'content-type': 'application/json' },
        body: JSON.stringify({
          requestId: randomUUID(),
          serviceCode: 'water-leak',
          answers: { leak_location: 'street' },
          location: { kind: 'here' },
          description: `Feedback number ${i}`,
          contact: null,
          language: 'en',
          capturedAt: new Date().toISOString(),
        }),
      });
      expect(res.status, await res.clone().text()).toBe(201);
      submitted.push(SubmitCaseRequestResult.parse(await res.json()));
    }
    await caseStore.waitForReceived(1);
    const inFlight = caseStore.received.length;
    await hub.kill('SIGKILL');
    // The sends the crash cut short still land: wait until the case store has handled each one.
    await vi.waitFor(() => expect(caseStore.received.every((r) => r.outcome !== null)).toBe(true), {
      timeout: 10_000,
    });
    expect(caseStore.cases.length).toBe(inFlight);
    caseStore.setFaults([]);

    hub = await startHubProcess({ ...hubOptions(), dataDir: hub.dataDir, port: hub.port });
    await vi.waitFor(async () => expect((await outbox()).pending).toBe(0), {
      timeout: 30_000,
      interval: 200,
    });

    expect(caseStore.hits.requests, 'the restarted hub looked the cut-short sends up').toBeGreaterThan(0);
    const status = await outbox();
    expect(status.review).toEqual([]);
    expect(status.duplicates).toEqual([]);
    const sentIds = caseStore.cases.map((c) => c.attributes.lobby311_request_id?.[0]);
    expect(sentIds.sort()).toEqual(submitted.map((s) => s.receipt.requestId).sort());
    for (const { receipt } of submitted) {
      const res = await fetch(`${hub.url}/api/case-status/${receipt.statusToken}`);
      const view = CaseStatusView.parse(await res.json());
      expect(view.localReference).toBe(receipt.localReference);
      const created = caseStore.cases.find(
        (c) => c.attributes.lobby311_request_id?.[0] === receipt.requestId,
      );
      expect(view).toMatchObject({ status: 'case-created', caseId: created?.serviceRequestId });
    }
  });
});
