// The request receipt's printable text: the visitor's language from the ticket catalogs, the service's name from
// the case catalog's translation (English when there is none), the case number once the city gave one.
import { describe, expect, it } from 'vitest';
import type { CaseReceipt } from '../../../machines/contracts/index.js';
import { loadCatalogs } from '../../../main/localesFromDisk.js';
import { buildRequestReceiptPrintData } from '../../../printers/requestReceiptPrintData.js';
import { testSiteConfig } from '../../support/siteConfig.js';
import { testCatalog } from '../agent/caseRequests/scriptedCaseHub.js';

const catalogs = loadCatalogs();
const site = testSiteConfig();
const receipt: CaseReceipt = {
  requestId: '0190f3a4-5b6c-7d8e-9f00-112233445566',
  localReference: 'R-0690-7K9B',
  statusToken: 'T'.repeat(32),
  statusUrl: `${site.publicBaseUrl}/request/${'T'.repeat(32)}`,
  state: 'queued',
  caseId: null,
};
const build = (language: string, serviceCode = 'pothole', caseId: string | null = null) =>
  buildRequestReceiptPrintData({
    site,
    receipt: { ...receipt, caseId },
    catalog: testCatalog,
    serviceCode,
    language,
    capturedAt: '2026-11-26T18:05:00.000Z',
    catalogs,
  });

describe('request receipt print data', () => {
  it('is in Spanish for a Spanish visitor, with the service name translated', () => {
    const data = build('es');
    expect(data).toMatchObject({ title: 'Su solicitud', serviceName: 'Bache', language: 'es' });
    expect(data.submittedAtText).toContain('10:05');
    expect(data.nextSteps).toHaveLength(3);
    expect(data.caseNumber).toBeNull();
    expect(data.caseNumberPendingText).toBe(catalogs.es?.ticket?.['receipt.caseNumberPending']);
  });

  it('uses the English service name when the catalog has no translation, and the code when it has no service', () => {
    expect(build('es', 'graffiti').serviceName).toBe('Graffiti');
    expect(build('en', 'not-in-catalog').serviceName).toBe('not-in-catalog');
  });

  it('prints the city case number once it is known, and the status page address for the QR code', () => {
    const data = build('en', 'pothole', 'PDX-2026-001');
    expect(data.caseNumber).toBe('PDX-2026-001');
    expect(data.statusUrl).toBe(receipt.statusUrl);
    expect(data.localReference).toBe(receipt.localReference);
  });
});
