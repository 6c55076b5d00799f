// Turns a walk-in request's receipt into the printable text in the visitor's language: `receipt.*` messages of
// the ticket catalogs, the service's name from the case catalog's translation (else its English name), and the
// submission time in the site's time zone. Nothing the visitor typed is printed.
import type { CaseCatalog, CaseReceipt, SiteConfig } from '../machines/contracts/index.js';
import { type Catalogs, translator } from '../machines/i18n/translate.js';
import type { RequestReceiptPrintData } from './requestReceiptLayout.js';
import { issuedAtParts } from './ticketPrintData.js';

export interface RequestReceiptInput {
  site: SiteConfig;
  receipt: CaseReceipt;
  /** The catalog the request was made from (null: not known; the service code is printed instead). */
  catalog: CaseCatalog | null;
  serviceCode: string;
  language: string;
  /** When the visitor pressed Submit. */
  capturedAt: string;
  catalogs: Catalogs;
}

/** The service's name for the visitor: the catalog's translation for the language, else English, else its code. */
export function caseServiceNameFor(
  catalog: CaseCatalog | null,
  serviceCode: string,
  language: string,
): string {
  const service = catalog?.services.find((s) => s.code === serviceCode);
  if (!service) return serviceCode;
  return service.translations[language]?.name ?? service.name;
}

export function buildRequestReceiptPrintData(input: RequestReceiptInput): RequestReceiptPrintData {
  const { site, receipt, language } = input;
  const t = translator(input.catalogs, language, 'ticket');
  return {
    siteName: site.site.name,
    title: t('receipt.title'),
    serviceName: caseServiceNameFor(input.catalog, input.serviceCode, language),
    localReferenceLabel: t('receipt.referenceLabel'),
    localReference: receipt.localReference,
    caseNumberLabel: t('receipt.caseNumberLabel'),
    caseNumber: receipt.caseId,
    caseNumberPendingText: t('receipt.caseNumberPending'),
    submittedAtText: t('receipt.submittedAt', issuedAtParts(input.capturedAt, language, site.site.timeZone)),
    nextStepsTitle: t('receipt.nextStepsTitle'),
    nextSteps: [t('receipt.nextStep.sent'), t('receipt.nextStep.caseNumber'), t('receipt.nextStep.contact')],
    statusUrlText: t('receipt.qrCaption'),
    statusUrl: receipt.statusUrl,
    language,
  };
}
