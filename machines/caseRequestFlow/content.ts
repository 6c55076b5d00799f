// The request's content checks and the submit call: location, description and contact problems, every problem
// before Send, the bridge input, and what a refusal from the agent means.
import { z } from 'zod';
import { validateRequest } from '../caseRequests/validateRequest.js';
import {
  DESCRIPTION_MAX,
  FieldProblem,
  type RequestContact,
  RequestContact as RequestContactSchema,
  RequestLocation,
} from '../contracts/caseRequests.js';
import type { SubmitRequestInput } from '../contracts/kioskApi.js';
import type { CaseRequestFlowContext, ContactDraft, LocationDraft } from './flowContext.js';
import { questionsOf } from './questionPages.js';

export const blankContact = (): ContactDraft => ({ firstName: '', lastName: '', phone: '', email: '' });

export const contactFields = ['firstName', 'lastName', 'phone', 'email'] as const;

/** The contact as sent: fields trimmed, blank ones left out; null when every field is blank. */
export function contactOf(draft: ContactDraft | null): RequestContact | null {
  if (draft === null) return null;
  const given = Object.fromEntries(
    contactFields.map((field) => [field, draft[field].trim()] as const).filter(([, value]) => value !== ''),
  );
  return Object.keys(given).length === 0 ? null : (given as RequestContact);
}

/** Which contact fields are wrong (`contact.email`, …), checked with the contract's schema. */
export function contactProblems(draft: ContactDraft | null): FieldProblem[] {
  const contact = contactOf(draft);
  if (contact === null) return [];
  const parsed = RequestContactSchema.safeParse(contact);
  if (parsed.success) return [];
  const problems = new Map<string, FieldProblem>();
  for (const issue of parsed.error.issues) {
    const field = `contact${issue.path.length > 0 ? `.${String(issue.path[0])}` : ''}`;
    problems.set(field, { field, problem: issue.code === 'too_big' ? 'too-long' : 'invalid' });
  }
  return [...problems.values()];
}

/** The location's problem: none chosen (required), or an address too short or too long. */
export function locationProblem(location: LocationDraft | null): FieldProblem | null {
  if (location === null) return { field: 'location', problem: 'required' };
  const parsed = RequestLocation.safeParse(location);
  if (parsed.success) return null;
  if (location.kind === 'address' && location.address.trim() === '') {
    return { field: 'location', problem: 'required' };
  }
  const tooLong = parsed.error.issues.some((issue) => issue.code === 'too_big');
  return { field: 'location', problem: tooLong ? 'too-long' : 'invalid' };
}

/** The description is required when the service asks no questions; it may not pass DESCRIPTION_MAX. */
export function descriptionProblem(
  context: Pick<CaseRequestFlowContext, 'catalog' | 'serviceCode'>,
  description: string,
): FieldProblem | null {
  if (description.trim().length > DESCRIPTION_MAX) return { field: 'description', problem: 'too-long' };
  const required = questionsOf(context.catalog, context.serviceCode).length === 0;
  return required && description.trim() === '' ? { field: 'description', problem: 'required' } : null;
}

/** The answers worth sending: the service's questions only, blank optional answers left out. */
export function sentAnswers(context: CaseRequestFlowContext): SubmitRequestInput['answers'] {
  const answers: SubmitRequestInput['answers'] = {};
  for (const { code } of questionsOf(context.catalog, context.serviceCode)) {
    const value = context.answers[code];
    if (value === undefined) continue;
    if (Array.isArray(value) ? value.length > 0 : value.trim() !== '') answers[code] = value;
  }
  return answers;
}

/** Every problem the request has before it is sent (the same rules the hub applies, plus the screens' own). */
export function contentProblems(context: CaseRequestFlowContext): FieldProblem[] {
  const { catalog, serviceCode } = context;
  if (catalog === null || serviceCode === null) return [{ field: 'serviceCode', problem: 'required' }];
  const location = locationProblem(context.location);
  const description = descriptionProblem(context, context.description);
  const request = validateRequest(catalog, {
    serviceCode,
    answers: sentAnswers(context),
    // validateRequest does not look at the location: locationProblem does.
    location: { kind: 'here' },
    description: context.description,
  });
  return [
    ...request,
    ...(location ? [location] : []),
    ...(description ? [description] : []),
    ...contactProblems(context.contact),
  ];
}

/** The bridge call; only made once a request id and capture time exist and the content has no problem. */
export function submitInput(context: CaseRequestFlowContext): SubmitRequestInput {
  const { requestId, capturedAt, serviceCode, location } = context;
  if (requestId === null || capturedAt === null || serviceCode === null || location === null) {
    throw new Error('submitRequest needs a request id, a capture time, a service and a location');
  }
  return {
    requestId,
    serviceCode,
    answers: sentAnswers(context),
    location:
      location.kind === 'here' ? { kind: 'here' } : { kind: 'address', address: location.address.trim() },
    description: context.description.trim(),
    contact: contactOf(context.contact),
    language: context.language,
    capturedAt,
  };
}

export type SubmitFailure = { kind: 'invalid'; problems: FieldProblem[] } | { kind: 'unavailable' };

const ErrorShape = z.object({ code: z.string(), problems: z.array(FieldProblem).optional() });

/**
 * Reads a bridge error (its `code` and `problems`, without depending on the bridge): an invalid-request refusal
 * with the fields it names (a service the case store no longer offers names the service), else unavailable.
 */
export function submitFailureOf(error: unknown): SubmitFailure {
  const parsed = ErrorShape.safeParse(error);
  if (!parsed.success) return { kind: 'unavailable' };
  const { code, problems } = parsed.data;
  if (code === 'unknown-service')
    return { kind: 'invalid', problems: [{ field: 'serviceCode', problem: 'unknown-service' }] };
  if (code !== 'invalid-request') return { kind: 'unavailable' };
  return {
    kind: 'invalid',
    problems: problems && problems.length > 0 ? problems : [{ field: 'request', problem: 'invalid' }],
  };
}
