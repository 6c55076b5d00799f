// A service request as typed into the desk's form (and the review list's Edit form): the draft, what to send
// for it, and every problem with it in form order, each naming its field as the hub does (`answers.<code>` …).
// Nothing here drops what staff typed: answers to another service's questions stay in the draft, unsent.

import { type RequestContent, validateRequest } from '../../../../machines/caseRequests/validateRequest.js';
import {
  type AttributeAnswers,
  type CaseAttribute,
  type CaseCatalog,
  type CaseRequestView,
  DESCRIPTION_MAX,
  type FieldProblem,
  RequestContact,
  type RequestLocation,
} from '../../../../machines/contracts/caseRequests.js';

export interface RequestDraft {
  serviceCode: string;
  answers: AttributeAnswers;
  location: 'here' | 'address';
  address: string;
  description: string;
}

export interface ContactDraft {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

export const contactFields = ['firstName', 'lastName', 'email', 'phone'] as const;
export type ContactField = (typeof contactFields)[number];

export const emptyDraft = (): RequestDraft => ({
  serviceCode: '',
  answers: {},
  location: 'here',
  address: '',
  description: '',
});

export const emptyContact = (): ContactDraft => ({ firstName: '', lastName: '', email: '', phone: '' });

/** The longest typed address the hub accepts (RequestLocation). */
export const ADDRESS_MAX = 300;

/** A request in review as its Edit form starts (empty when its personal data was purged). */
export function draftOf(request: Pick<CaseRequestView, 'serviceCode' | 'details'>): RequestDraft {
  const details = request.details;
  if (!details) return { ...emptyDraft(), serviceCode: request.serviceCode };
  return {
    serviceCode: request.serviceCode,
    answers: { ...details.answers },
    location: details.location.kind,
    address: details.location.kind === 'address' ? details.location.address : '',
    description: details.description,
  };
}

/** The questions of a service the visitor answers (not the informational lines), in their order. */
export function questionsOf(catalog: CaseCatalog, serviceCode: string): CaseAttribute[] {
  const attributes = catalog.definitions[serviceCode]?.attributes ?? [];
  return attributes.filter((a) => a.variable).sort((a, b) => a.order - b.order);
}

/** What is sent for the draft: only the chosen service's answers, blank ones left out, text trimmed. */
export function contentOf(catalog: CaseCatalog, draft: RequestDraft): RequestContent {
  const answers: AttributeAnswers = {};
  for (const question of questionsOf(catalog, draft.serviceCode)) {
    const value = draft.answers[question.code];
    if (Array.isArray(value)) {
      if (value.length > 0) answers[question.code] = value;
    } else if (value !== undefined && value.trim() !== '') {
      answers[question.code] = value.trim();
    }
  }
  const location: RequestLocation =
    draft.location === 'here' ? { kind: 'here' } : { kind: 'address', address: draft.address.trim() };
  return { serviceCode: draft.serviceCode, answers, location, description: draft.description.trim() };
}

/** The contact to send: trimmed, blank fields left out; null when every field is blank. */
export function contactOf(contact: ContactDraft): RequestContact | null {
  const given: Partial<Record<ContactField, string>> = {};
  for (const field of contactFields) {
    const value = contact[field].trim();
    if (value !== '') given[field] = value;
  }
  return Object.keys(given).length > 0 ? (given as RequestContact) : null;
}

/** Problems with the service, its answers (in question order), the place and the description: form order. */
export function contentProblems(catalog: CaseCatalog, draft: RequestDraft): FieldProblem[] {
  const order = questionsOf(catalog, draft.serviceCode).map((q) => `answers.${q.code}`);
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const problems: FieldProblem[] =
    draft.serviceCode === ''
      ? [{ field: 'serviceCode', problem: 'required' }]
      : validateRequest(catalog, contentOf(catalog, draft)).sort((x, y) => rank(x.field) - rank(y.field));
  const address = draft.address.trim();
  if (draft.location === 'address') {
    if (address === '') problems.push({ field: 'location', problem: 'required' });
    else if (address.length < 3) problems.push({ field: 'location', problem: 'invalid' });
    else if (address.length > ADDRESS_MAX) problems.push({ field: 'location', problem: 'too-long' });
  }
  if (draft.description.trim().length > DESCRIPTION_MAX) {
    problems.push({ field: 'description', problem: 'too-long' });
  }
  return problems;
}

/** Problems with the optional contact details (a badly formed email or phone number, a name too long). */
export function contactProblems(contact: ContactDraft): FieldProblem[] {
  const given = contactOf(contact);
  if (given === null) return [];
  const parsed = RequestContact.safeParse(given);
  if (parsed.success) return [];
  const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')));
  return contactFields
    .filter((field) => fields.has(field))
    .map((field) => ({
      field: `contact.${field}`,
      problem: (given[field]?.length ?? 0) > 100 && field !== 'email' ? 'too-long' : 'invalid',
    }));
}

/** The id of the control a problem's field is about, in a form whose ids start with `prefix`. */
export function fieldId(prefix: string, field: string): string {
  if (field === 'serviceCode') return `${prefix}-service`;
  if (field === 'location') return `${prefix}-address`;
  if (field === 'description') return `${prefix}-description`;
  const [head, rest] = [field.slice(0, field.indexOf('.')), field.slice(field.indexOf('.') + 1)];
  if (head === 'answers') return `${prefix}-answer-${rest}`;
  if (head === 'contact') return `${prefix}-contact-${rest}`;
  return `${prefix}-service`;
}
