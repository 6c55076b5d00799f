// The public status of a request (the receipt's QR code): the page /request/:token and its JSON twin
// /api/case-status/:token show the reference, the service, a plain status and the city's case number once
// known; nothing the visitor typed; unknown and malformed tokens look the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseStatusView, SubmitCaseRequestResult } from '../../../../machines/contracts/index.js';
import { type CaseHub, potholeRequest, startCaseHub } from './caseHub.js';
import { ScriptedCaseStore } from './scriptedCaseStore.js';

/** What the visitor typed in potholeRequest(): none of it may reach a public view. */
const personal = ['Maria', 'Garcia', 'maria.garcia', '503-555', '1900 SW 4th', 'Deep hole', 'bus stop'];

describe('a request’s public status', () => {
  let hub: CaseHub;
  let store: ScriptedCaseStore;
  beforeAll(async () => {
    store = new ScriptedCaseStore();
    hub = await startCaseHub({ adapter: store });
    await hub.hub.caseCatalog.refresh();
  });
  afterAll(() => hub.close());

  const submit = async () =>
    SubmitCaseRequestResult.parse((await hub.post('/api/case-requests', potholeRequest(), 'kiosk')).json())
      .receipt;

  it('says the request is received, with its reference and service, and nothing personal', async () => {
    const receipt = await submit();
    const page = await hub.get(`/request/${receipt.statusToken}`, 'anonymous');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.body).toContain(receipt.localReference);
    expect(page.body).toContain('<html lang="es">');
    expect(page.body).toContain('Bache');
    expect(page.body).toContain('Recibida: su solicitud está guardada');
    const api = await hub.get(`/api/case-status/${receipt.statusToken}`, 'anonymous');
    expect(CaseStatusView.parse(api.json())).toEqual({
      localReference: receipt.localReference,
      serviceCode: 'pothole',
      serviceName: 'Pothole',
      status: 'received',
      caseId: null,
      serviceNotice: null,
      capturedAt: potholeRequest().capturedAt,
      language: 'es',
    });
    for (const text of personal) {
      expect(page.body).not.toContain(text);
      expect(api.body).not.toContain(text);
    }
  });

  it('shows the city’s case number once the case store created the case', async () => {
    const receipt = await submit();
    await hub.hub.caseDelivery.tick();
    const index = store.sent.findIndex((sent) => sent.requestId === receipt.requestId);
    expect(index).toBeGreaterThanOrEqual(0);
    const caseId = String(2026001 + index);
    const api = CaseStatusView.parse(
      (await hub.get(`/api/case-status/${receipt.statusToken}`, 'anonymous')).json(),
    );
    expect(api.status).toBe('case-created');
    expect(api.caseId).toBe(caseId);
    const page = await hub.get(`/request/${receipt.statusToken}`, 'anonymous');
    expect(page.body).toContain(`Número de caso de la Ciudad: <strong>${caseId}</strong>`);
    expect(page.body).toContain('Crews respond within 5 business days.');
    expect(page.body).not.toContain('http-equiv="refresh"');
  });

  it('answers unknown and malformed tokens with the same 404 page', async () => {
    const unknown = await hub.get(`/request/${'x'.repeat(32)}`, 'anonymous');
    const malformed = await hub.get('/request/..%2F..%2Fetc', 'anonymous');
    expect(unknown.statusCode).toBe(404);
    expect(malformed.statusCode).toBe(404);
    expect(malformed.body).toBe(unknown.body);
    const api = await hub.get(`/api/case-status/${'x'.repeat(32)}`, 'anonymous');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: 'not-found' } });
  });
});
