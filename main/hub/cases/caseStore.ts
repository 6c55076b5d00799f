// The case-store adapter boundary: what the hub's outbox needs from the city's central 311 case store. The first
// implementation speaks Open311 GeoReport v2 (`open311/`); a second (for example Zendesk, which Portland's PDX 311
// uses) implements the same interface. Adapters classify every failure into a CaseStoreError kind.
import type {
  AttributeAnswers,
  CaseService,
  DeliveryErrorKind,
  RequestContact,
  ServiceDefinition,
} from '../../../machines/contracts/caseRequests.js';

/** A request as it leaves the hub: the location already resolved ("here" becomes the site's address). */
export interface OutgoingCaseRequest {
  requestId: string;
  localReference: string;
  serviceCode: string;
  answers: AttributeAnswers;
  location: { address: string; lat?: number; long?: number };
  description: string;
  contact: RequestContact | null;
  language: string;
  capturedAt: string;
}

/** created: realtime service, the case id is known; token: batch service, poll it; accepted: blackbox service. */
export type SubmitOutcome =
  | { kind: 'created'; caseId: string; serviceNotice: string | null }
  | { kind: 'token'; token: string }
  | { kind: 'accepted' };

export type TokenOutcome = { kind: 'pending' } | { kind: 'created'; caseId: string };

/** Every case the store holds for one of our requests (found by our reference): none, one, or duplicates. */
export interface LookupOutcome {
  caseIds: string[];
}

export class CaseStoreError extends Error {
  override name = 'CaseStoreError';
  constructor(
    readonly kind: DeliveryErrorKind,
    message: string,
    readonly details: {
      /** HTTP status, or null when no answer arrived. */
      status: number | null;
      /** From Retry-After, in milliseconds; null when absent. */
      retryAfterMs: number | null;
      /** The request may have reached the store (timeout or dropped connection after sending, or a 5xx). */
      mayHaveArrived: boolean;
    },
  ) {
    super(message);
  }
}

export interface CaseStoreAdapter {
  /** Scheme and host for /maintenance, never the API key. */
  readonly endpoint: string;
  /** The receiver honours the Idempotency-Key header, so a re-send cannot create a second case. */
  readonly deduplicates: boolean;
  listServices(signal: AbortSignal): Promise<CaseService[]>;
  getDefinition(serviceCode: string, signal: AbortSignal): Promise<ServiceDefinition>;
  submit(request: OutgoingCaseRequest, signal: AbortSignal): Promise<SubmitOutcome>;
  pollToken(token: string, signal: AbortSignal): Promise<TokenOutcome>;
  /** Finds the cases created for this request (by the reference the adapter embeds in what it sends). */
  lookup(request: OutgoingCaseRequest, signal: AbortSignal): Promise<LookupOutcome>;
}
