// How a stored request is shown: to staff (CaseRequestView, contact details masked), to the visitor (the receipt)
// and to anyone holding the status link (CaseStatusView: nothing personal, nothing of the content).
import type {
  CaseCatalog,
  CaseReceipt,
  CaseRequestView,
  CaseStatusView,
  RequestContact,
} from '../../../machines/contracts/caseRequests.js';
import type { StoredCaseRequest } from './caseRequestStore.js';

const maskEmail = (email: string) => {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, 1)}***${email.slice(at)}`;
};
const maskPhone = (phone: string) => `***${phone.replace(/\D/g, '').slice(-2)}`;
const maskName = (name: string) => `${[...name][0] ?? ''}.`;

/** Enough to recognise the visitor's details, not to use them: `M. G., m***@example.org, ***42`. */
export function maskContact(contact: RequestContact | null): string | null {
  if (contact === null) return null;
  const name = [contact.firstName, contact.lastName]
    .filter((part): part is string => part !== undefined)
    .map(maskName)
    .join(' ');
  const parts = [name, contact.email && maskEmail(contact.email), contact.phone && maskPhone(contact.phone)];
  return parts.filter((part) => part !== undefined && part !== '').join(', ');
}

export const serviceNameOf = (catalog: CaseCatalog, serviceCode: string) =>
  catalog.services.find((s) => s.code === serviceCode)?.name ?? serviceCode;

export function caseRequestView(request: StoredCaseRequest, catalog: CaseCatalog): CaseRequestView {
  const { answers, location, description } = request;
  const details =
    request.purgedAt === null && answers !== null && location !== null && description !== null
      ? { answers, location, description, maskedContact: maskContact(request.contact) }
      : null;
  return {
    id: request.id,
    localReference: request.localReference,
    serviceCode: request.serviceCode,
    serviceName: serviceNameOf(catalog, request.serviceCode),
    channel: request.channel,
    deviceId: request.deviceId,
    ticketId: request.ticketId,
    language: request.language,
    capturedAt: request.capturedAt,
    receivedAt: request.receivedAt,
    state: request.state,
    caseId: request.caseId,
    serviceNotice: request.serviceNotice,
    attempts: request.attempts,
    nextAttemptAt: request.nextAttemptAt,
    lastError: request.lastError,
    reviewReason: request.reviewReason,
    duplicateCaseIds: request.duplicateCaseIds,
    deliveredAt: request.deliveredAt,
    details,
  };
}

/** The public status link of a request: `<publicBaseUrl>/request/<statusToken>`. */
export const statusUrlOf = (publicBaseUrl: string, statusToken: string) =>
  `${publicBaseUrl.replace(/\/+$/, '')}/request/${statusToken}`;

export function caseReceipt(request: StoredCaseRequest, publicBaseUrl: string): CaseReceipt {
  return {
    requestId: request.id,
    localReference: request.localReference,
    statusToken: request.statusToken,
    statusUrl: statusUrlOf(publicBaseUrl, request.statusToken),
    state: request.state,
    caseId: request.caseId,
  };
}

function publicStatus(request: StoredCaseRequest): CaseStatusView['status'] {
  switch (request.state) {
    case 'queued':
      return 'received';
    case 'awaiting-case-number':
      return 'sent';
    case 'delivered':
      return request.caseId === null ? 'sent' : 'case-created';
    case 'review':
      return 'needs-attention';
    case 'withdrawn':
      return 'withdrawn';
  }
}

export function caseStatusView(request: StoredCaseRequest, catalog: CaseCatalog): CaseStatusView {
  return {
    localReference: request.localReference,
    serviceCode: request.serviceCode,
    serviceName: serviceNameOf(catalog, request.serviceCode),
    status: publicStatus(request),
    caseId: request.state === 'withdrawn' ? null : request.caseId,
    serviceNotice: request.state === 'delivered' ? request.serviceNotice : null,
    capturedAt: request.capturedAt,
    language: request.language,
  };
}
