// Walk-in service requests: the case store's catalog (Open311 GeoReport v2 services and their definitions), a
// captured request, its delivery state and receipt, the public status view, the outbox status and the review
// actions of /maintenance.
import { z } from 'zod';
import { LanguageCode } from './site.js';

/** A case store's service code (Open311 `service_code`): opaque, compared as a string. */
export const ServiceCode = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits and . _ : -');

/** realtime: answers with a case id; batch: with a token to poll; blackbox: with nothing trackable. */
export const CaseServiceType = z.enum(['realtime', 'batch', 'blackbox']);

/** Visitor-facing text of a service or question in one language (the case store itself speaks English). */
export const LocalizedText = z.record(LanguageCode, z.string().min(1).max(2000));

export const CaseService = z.object({
  code: ServiceCode,
  name: z.string().min(1).max(200),
  description: z.string().max(2000).default(''),
  group: z.string().min(1).max(100).default('Other'),
  keywords: z.array(z.string().max(100)).max(50).default([]),
  type: CaseServiceType,
  /** Open311 `metadata`: the service has a definition with its own questions. */
  hasDefinition: z.boolean(),
  /** Names, descriptions and group names in the site's other languages, by language tag. */
  translations: z
    .record(
      LanguageCode,
      z.object({ name: z.string().min(1).max(200), description: z.string().max(2000).optional() }),
    )
    .default({}),
  groupTranslations: LocalizedText.default({}),
});

export const AttributeDatatype = z.enum([
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
]);

export const AttributeValue = z.object({
  key: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  translations: LocalizedText.default({}),
});

export const CaseAttribute = z.object({
  code: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits and . _ -'),
  /** false: an informational line shown to the visitor, never answered (Open311 `variable: false`). */
  variable: z.boolean(),
  datatype: AttributeDatatype,
  required: z.boolean(),
  /** The question as the visitor reads it. */
  description: z.string().min(1).max(1000),
  datatypeDescription: z.string().max(500).default(''),
  order: z.number().int(),
  values: z.array(AttributeValue).max(200).default([]),
  translations: z
    .record(
      LanguageCode,
      z.object({
        description: z.string().min(1).max(1000),
        datatypeDescription: z.string().max(500).optional(),
      }),
    )
    .default({}),
});

export const ServiceDefinition = z.object({
  serviceCode: ServiceCode,
  attributes: z.array(CaseAttribute).max(100),
});

/** Every service with its definition, as the hub last fetched it (or from the shipped starter catalog). */
export const CaseCatalog = z.object({
  services: z.array(CaseService),
  /** Definitions by service code; present for every service with `hasDefinition`. */
  definitions: z.record(ServiceCode, ServiceDefinition),
  /** case-store: fetched from the case store; cache: the hub's (or kiosk's) stored copy; seed: shipped file. */
  source: z.enum(['case-store', 'cache', 'seed']),
  fetchedAt: z.iso.datetime().nullable(),
});

/** Answers to a service's questions by attribute code: one string, or several keys for multi-value lists. */
export const AttributeAnswers = z.record(
  z.string().min(1).max(64),
  z.union([z.string().max(1000), z.array(z.string().min(1).max(100)).max(50)]),
);

/** Where the problem is: at or near this building (the hub sends the site's address), or an address typed in. */
export const RequestLocation = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('here') }),
  z.strictObject({ kind: z.literal('address'), address: z.string().trim().min(3).max(300) }),
]);

/** How the city may contact the visitor about this request; every field optional, at least one given. */
export const RequestContact = z
  .strictObject({
    firstName: z.string().trim().min(1).max(100).optional(),
    lastName: z.string().trim().min(1).max(100).optional(),
    email: z.email().max(254).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 ().-]{5,23}$/, 'digits, spaces and + ( ) . - only')
      .optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), {
    message: 'give at least one way to reach you',
  });

/** The longest description a visitor may type: Open311 allows 4000, less the reference line the hub appends. */
export const DESCRIPTION_MAX = 3900;

/** Unguessable token of the public request status page /request/<token> (the receipt QR code). */
export const CaseStatusToken = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/);

export const SubmitCaseRequestBody = z.strictObject({
  requestId: z
    .uuid()
    .describe('Client-generated once per request; a retry or hand-over returns the same request'),
  statusToken: CaseStatusToken.optional().describe('Kiosks send their own (the receipt may print offline)'),
  serviceCode: ServiceCode,
  answers: AttributeAnswers,
  location: RequestLocation,
  description: z.string().trim().max(DESCRIPTION_MAX),
  contact: RequestContact.nullable(),
  language: LanguageCode,
  capturedAt: z.iso.datetime().describe('When the visitor pressed Submit (a kiosk hand-over keeps it)'),
  ticketId: z.uuid().optional().describe('Desk: the visit this request was filed for'),
  handOver: z
    .boolean()
    .default(false)
    .describe(
      'A kiosk handing over what it saved while the hub was unreachable: the hub never refuses it for its ' +
        'content (it goes to review instead), so nothing the visitor typed is lost',
    ),
});

/**
 * queued: saved on the hub, waiting to be sent (or re-sent); awaiting-case-number: a batch service accepted it
 * and the hub polls its token; delivered: the case store confirmed receipt (caseId null for blackbox services);
 * review: staff must edit, retry or withdraw it; withdrawn: staff withdrew it (never sent, or sent and kept).
 */
export const CaseRequestState = z.enum([
  'queued',
  'awaiting-case-number',
  'delivered',
  'review',
  'withdrawn',
]);

/** Why a request waits in the review list. */
export const ReviewReason = z.enum(['rejected', 'unknown-service', 'failing', 'invalid-on-hand-over']);

export const DeliveryErrorKind = z.enum(['validation', 'transient', 'auth', 'unknown-service']);

export const DeliveryError = z.object({
  kind: DeliveryErrorKind,
  /** The case store's own words (never personal data: errors name fields, not values) or our plain sentence. */
  message: z.string().max(500),
  at: z.iso.datetime(),
});

/** Short reference the visitor gets at once, derived from the request id, e.g. `R-7K3M-Q9ZX`. */
export const LocalReference = z.string().regex(/^R-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

/** A request as staff see it in /maintenance and at the desk. Contact details are masked (`j***@example.org`). */
export const CaseRequestView = z.object({
  id: z.uuid(),
  localReference: LocalReference,
  serviceCode: ServiceCode,
  serviceName: z.string(),
  channel: z.enum(['kiosk', 'desk']),
  deviceId: z.string().nullable(),
  ticketId: z.uuid().nullable(),
  language: LanguageCode,
  capturedAt: z.iso.datetime(),
  receivedAt: z.iso.datetime().describe('When the hub committed it'),
  state: CaseRequestState,
  caseId: z.string().nullable().describe("The city's case number (Open311 service_request_id), once known"),
  serviceNotice: z.string().nullable(),
  attempts: z.number().int().min(0),
  nextAttemptAt: z.iso.datetime().nullable(),
  lastError: DeliveryError.nullable(),
  reviewReason: ReviewReason.nullable(),
  /** Case ids the case store holds for this one request (more than one: it was created twice). */
  duplicateCaseIds: z.array(z.string()).default([]),
  deliveredAt: z.iso.datetime().nullable(),
  /** null once personal data was purged (after delivery and the retention period, or on withdrawal). */
  details: z
    .object({
      answers: AttributeAnswers,
      location: RequestLocation,
      description: z.string(),
      maskedContact: z.string().nullable(),
    })
    .nullable(),
});

/** What the visitor (or desk) gets back once the request is committed. */
export const CaseReceipt = z.object({
  requestId: z.uuid(),
  localReference: LocalReference,
  statusToken: CaseStatusToken,
  /** `<publicBaseUrl>/request/<statusToken>`: the receipt's QR code. */
  statusUrl: z.url(),
  state: CaseRequestState,
  caseId: z.string().nullable(),
});

export const SubmitCaseRequestResult = z.object({ receipt: CaseReceipt, request: CaseRequestView });

/** The public status page's view: nothing personal, nothing of the request's content. */
export const CaseStatusView = z.object({
  localReference: LocalReference,
  serviceCode: ServiceCode,
  serviceName: z.string(),
  /** received: on the hub, not yet with the city; sent: the city has it, number pending; … */
  status: z.enum(['received', 'sent', 'case-created', 'needs-attention', 'withdrawn']),
  caseId: z.string().nullable(),
  serviceNotice: z.string().nullable(),
  capturedAt: z.iso.datetime(),
  /** The visitor's language: the status page speaks it. */
  language: LanguageCode,
});

export const BreakerState = z.enum(['closed', 'open', 'half-open']);

/** The delivery outbox as /maintenance shows it. */
export const CaseOutboxStatus = z.object({
  /** The case store the hub delivers to (scheme and host only), or null: none configured, requests wait. */
  endpoint: z.string().nullable(),
  receiverDeduplicates: z.boolean(),
  pending: z.number().int().min(0).describe('queued + awaiting-case-number'),
  oldestPendingAt: z.iso.datetime().nullable(),
  lastSuccessAt: z.iso.datetime().nullable(),
  lastError: DeliveryError.nullable(),
  breaker: z.object({ state: BreakerState, openUntil: z.iso.datetime().nullable() }),
  /** The case store refused the API key: delivery stopped until staff resume it. */
  stoppedForAuth: z.boolean(),
  catalog: z.object({
    source: CaseCatalog.shape.source,
    fetchedAt: z.iso.datetime().nullable(),
    services: z.number().int().min(0),
  }),
  /** Requests the case store holds more than once (created twice despite the look-up), most recent first. */
  duplicates: z.array(CaseRequestView).max(50),
  review: z.array(CaseRequestView),
});

export const EditCaseRequestBody = z.strictObject({
  serviceCode: ServiceCode,
  answers: AttributeAnswers,
  location: RequestLocation,
  description: z.string().trim().max(DESCRIPTION_MAX),
});
export const WithdrawCaseRequestBody = z.strictObject({ reason: z.string().trim().min(1).max(200) });
export const CaseRequestResult = z.object({ request: CaseRequestView });

/** One problem with a submitted request, for the screen to show beside the field in the visitor's language. */
export const FieldProblem = z.object({
  /** `serviceCode`, `answers.<code>`, `location`, `description` or `contact.<field>`. */
  field: z.string(),
  problem: z.enum([
    'required',
    'not-a-number',
    'not-a-date',
    'not-an-option',
    'too-long',
    'unknown-question',
    'unknown-service',
    'invalid',
  ]),
});

export type ServiceCode = z.infer<typeof ServiceCode>;
export type CaseServiceType = z.infer<typeof CaseServiceType>;
export type CaseService = z.infer<typeof CaseService>;
export type AttributeDatatype = z.infer<typeof AttributeDatatype>;
export type CaseAttribute = z.infer<typeof CaseAttribute>;
export type ServiceDefinition = z.infer<typeof ServiceDefinition>;
export type CaseCatalog = z.infer<typeof CaseCatalog>;
export type AttributeAnswers = z.infer<typeof AttributeAnswers>;
export type RequestLocation = z.infer<typeof RequestLocation>;
export type RequestContact = z.infer<typeof RequestContact>;
export type SubmitCaseRequestBody = z.infer<typeof SubmitCaseRequestBody>;
export type CaseRequestState = z.infer<typeof CaseRequestState>;
export type ReviewReason = z.infer<typeof ReviewReason>;
export type DeliveryErrorKind = z.infer<typeof DeliveryErrorKind>;
export type DeliveryError = z.infer<typeof DeliveryError>;
export type CaseRequestView = z.infer<typeof CaseRequestView>;
export type CaseReceipt = z.infer<typeof CaseReceipt>;
export type SubmitCaseRequestResult = z.infer<typeof SubmitCaseRequestResult>;
export type CaseStatusView = z.infer<typeof CaseStatusView>;
export type BreakerState = z.infer<typeof BreakerState>;
export type CaseOutboxStatus = z.infer<typeof CaseOutboxStatus>;
export type EditCaseRequestBody = z.infer<typeof EditCaseRequestBody>;
export type WithdrawCaseRequestBody = z.infer<typeof WithdrawCaseRequestBody>;
export type FieldProblem = z.infer<typeof FieldProblem>;
