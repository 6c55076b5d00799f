// Sample printouts for previews: a ticket in a visitor's language (from the site's first service and the
// catalogs), and a request receipt and a referral slip with plain English sample text.
import type { SiteConfig } from '../../../machines/contracts/index.js';
import type { Catalogs } from '../../../machines/i18n/translate.js';
import { newVisit } from '../../../machines/queue/newVisit.js';
import { numberAt } from '../../../machines/queue/ticketNumber.js';
import type { ReferralSlipPrintData } from '../../../printers/referralSlipLayout.js';
import type { RequestReceiptPrintData } from '../../../printers/requestReceiptLayout.js';
import type { TicketPrintData } from '../../../printers/ticketLayout.js';
import { buildTicketPrintData } from '../../../printers/ticketPrintData.js';

/** A fixed, well-formed status token: the sample QR code never points at a real ticket. */
const sampleStatusToken = 'SAMPLE-preview-status-token';
const sampleTicketId = '00000000-0000-4000-8000-000000000000';
const samplePosition = 42;

const statusUrl = (site: SiteConfig, path: string) => `${site.publicBaseUrl.replace(/\/+$/, '')}${path}`;

export interface SampleInput {
  site: SiteConfig;
  language: string;
  catalogs: Catalogs;
  serviceDay: string;
  at: Date;
}

/** A sample ticket for the site's first service, in `language`, issued at `at`. */
export function sampleTicket({ site, language, catalogs, serviceDay, at }: SampleInput): TicketPrintData {
  const service = site.services[0]!;
  const queue = site.queues.find((q) => q.id === service.queueId) ?? site.queues[0]!;
  const ticket = newVisit({
    id: sampleTicketId,
    number: numberAt(queue, samplePosition) ?? `${queue.prefix}${queue.firstNumber}`,
    queueId: queue.id,
    serviceId: service.id,
    language,
    needs: { interpreter: null, accessibility: [] },
    priorityClass: site.policy.classes[0]?.id ?? 'standard',
    serviceDay,
    issuedAt: at.toISOString(),
  });
  return buildTicketPrintData({ site, ticket, peopleAhead: 3, statusToken: sampleStatusToken, catalogs });
}

export function sampleRequestReceipt({ site, language, at }: SampleInput): RequestReceiptPrintData {
  return {
    siteName: site.site.name,
    title: 'Your request',
    serviceName: site.services[0]?.name ?? 'Service request',
    localReferenceLabel: 'Reference',
    localReference: 'PB-0000-0042',
    caseNumberLabel: 'City case number',
    caseNumber: null,
    caseNumberPendingText: 'We will text or email your case number when the city system has it.',
    submittedAtText: `Submitted ${at.toISOString().slice(0, 10)}`,
    nextStepsTitle: 'What happens next',
    nextSteps: [
      'A city worker reviews your request within two business days.',
      'You can check its status at any time with the code below.',
    ],
    statusUrlText: 'Scan to check your request status',
    statusUrl: statusUrl(site, `/status/${sampleStatusToken}`),
    language,
  };
}

export function sampleReferralSlip({ site, language }: SampleInput): ReferralSlipPrintData {
  return {
    siteName: site.site.name,
    title: 'Help paying a water bill',
    summary: 'The Water Bureau can set up a payment plan or a discount if your bill is hard to pay.',
    whereLabel: 'Where to go',
    placeName: 'Water Bureau Customer Service',
    addressLines: ['1120 SW 5th Ave, Room 102', 'Portland, OR 97204'],
    hoursLabel: 'Hours',
    hoursLines: ['Monday to Friday, 8:00 am to 5:00 pm'],
    phoneLabel: 'Phone',
    phone: '503-823-7770',
    webLabel: 'On the web',
    webUrl: 'https://www.portland.gov/water',
    language,
  };
}
