// The hub's walk-in request commands and reads: submit (validated against the catalog, committed with its outbox
// entry in one transaction, then the delivery woken), the public status, the review actions of /maintenance and
// the outbox status. Routes call these; errors are QueueErrors (contract codes and plain sentences).
import { randomBytes } from 'node:crypto';
import { validateRequest } from '../../../machines/caseRequests/validateRequest.js';
import type {
  CaseOutboxStatus,
  CaseRequestView,
  CaseStatusView,
  EditCaseRequestBody,
  FieldProblem,
  ReviewReason,
  SubmitCaseRequestBody,
  SubmitCaseRequestResult,
} from '../../../machines/contracts/caseRequests.js';
import type { SiteConfig } from '../../../machines/contracts/site.js';
import { QueueError } from '../queue/queueError.js';
import type { CaseCatalogService } from './caseCatalog.js';
import type { CaseDelivery } from './caseDeliveryApi.js';
import type { CaseRequestStore, ReviewOutcome, StoredCaseRequest } from './caseRequestStore.js';
import type { CaseStoreAdapter } from './caseStore.js';
import { caseReceipt, caseRequestView, caseStatusView } from './caseViews.js';
import type { CaseOutboxStore } from './outboxStore.js';
import { requestFingerprint } from './requestFingerprint.js';

export interface CaseRequestServiceDeps {
  store: CaseRequestStore;
  outbox: CaseOutboxStore;
  catalog: CaseCatalogService;
  delivery: CaseDelivery;
  adapter: CaseStoreAdapter | null;
  config: SiteConfig;
  now: () => Date;
}

/** Who files the request: a kiosk (its device id) or a member of staff at the desk (their user id). */
export type CaseCaller = { channel: 'kiosk'; deviceId: string } | { channel: 'desk'; staffUserId: string };

/** A submission: stored (created now or before), or refused for its content with each field's problem. */
export type SubmitOutcome =
  | { kind: 'stored'; created: boolean; result: SubmitCaseRequestResult }
  | { kind: 'invalid'; problems: FieldProblem[] };

export type EditOutcome =
  | { kind: 'edited'; request: CaseRequestView }
  | { kind: 'invalid'; problems: FieldProblem[] };

export interface CaseRequestService {
  submit(body: SubmitCaseRequestBody, caller: CaseCaller): SubmitOutcome;
  statusOf(statusToken: string): CaseStatusView | undefined;
  edit(id: string, body: EditCaseRequestBody): EditOutcome;
  retry(id: string): CaseRequestView;
  withdraw(id: string, reason: string): CaseRequestView;
  outboxStatus(): CaseOutboxStatus;
  /** Resumes delivery after an auth stop; answers with the outbox status. */
  resume(): CaseOutboxStatus;
  /** Purges the personal data of delivered requests past the retention (caseRequests.personalDataDays). */
  purgeDelivered(now: Date): number;
}

const newStatusToken = () => randomBytes(24).toString('base64url');

/** Why a hand-over with these problems waits in review. */
const reviewReasonOf = (problems: FieldProblem[]): ReviewReason =>
  problems.some((p) => p.problem === 'unknown-service') ? 'unknown-service' : 'invalid-on-hand-over';

function reviewed(outcome: ReviewOutcome, action: string, allowed: string): StoredCaseRequest {
  if (outcome.kind === 'not-found') {
    throw new QueueError('not-found', 'There is no such request on this hub: reload the review list.');
  }
  if (outcome.kind === 'wrong-state') {
    throw new QueueError(
      'wrong-state',
      `The request is ${outcome.state}: only a request ${allowed} can be ${action}. Reload the review list.`,
    );
  }
  return outcome.request;
}

export function createCaseRequestService(deps: CaseRequestServiceDeps): CaseRequestService {
  const { store, outbox, catalog, delivery, config, now } = deps;
  const view = (request: StoredCaseRequest) => caseRequestView(request, catalog.current());
  const result = (request: StoredCaseRequest): SubmitCaseRequestResult => ({
    receipt: caseReceipt(request, config.publicBaseUrl),
    request: view(request),
  });

  function outboxStatus(): CaseOutboxStatus {
    const figures = store.outboxFigures();
    const current = catalog.current();
    const { lastError, breaker, stoppedForAuth } = delivery.status();
    return {
      endpoint: deps.adapter?.endpoint ?? null,
      receiverDeduplicates: deps.adapter?.deduplicates ?? config.caseRequests.receiverDeduplicates,
      pending: figures.pending,
      oldestPendingAt: figures.oldestPendingAt,
      lastSuccessAt: outbox.lastSuccessAt(),
      lastError,
      breaker,
      stoppedForAuth,
      catalog: { source: current.source, fetchedAt: current.fetchedAt, services: current.services.length },
      duplicates: figures.duplicates.map(view),
      review: figures.review.map(view),
    };
  }

  return {
    submit(body, caller) {
      const existing = store.byId(body.requestId);
      let ticketId = body.ticketId ?? null;
      if (!existing && ticketId !== null && !store.ticketExists(ticketId)) {
        // A kiosk's hand-over keeps the visitor's request even if the visit it names never reached the hub.
        if (!body.handOver) {
          throw new QueueError(
            'not-found',
            'There is no such visit: check the ticket, or file it without one.',
          );
        }
        ticketId = null;
      }
      const problems = existing ? [] : validateRequest(catalog.current(), body);
      if (problems.length > 0 && !body.handOver) return { kind: 'invalid', problems };
      const deviceId = caller.channel === 'kiosk' ? caller.deviceId : null;
      const outcome = store.insert({
        id: body.requestId,
        statusToken: body.statusToken ?? existing?.statusToken ?? newStatusToken(),
        serviceCode: body.serviceCode,
        channel: caller.channel,
        deviceId,
        staffUserId: caller.channel === 'desk' ? caller.staffUserId : null,
        ticketId,
        language: body.language,
        capturedAt: new Date(body.capturedAt).toISOString(),
        receivedAt: now().toISOString(),
        answers: body.answers,
        location: body.location,
        description: body.description,
        contact: body.contact,
        state: problems.length > 0 ? 'review' : 'queued',
        reviewReason: problems.length > 0 ? reviewReasonOf(problems) : null,
        fingerprint: requestFingerprint(body, { channel: caller.channel, deviceId }),
      });
      if (outcome.kind === 'conflict') {
        throw new QueueError(
          'conflict',
          'A different request was already recorded under this request id: send it with a new id.',
        );
      }
      if (outcome.kind === 'created' && outcome.request.state === 'queued') delivery.wake();
      return { kind: 'stored', created: outcome.kind === 'created', result: result(outcome.request) };
    },

    statusOf(statusToken) {
      const request = store.byStatusToken(statusToken);
      return request ? caseStatusView(request, catalog.current()) : undefined;
    },

    edit(id, body) {
      const problems = validateRequest(catalog.current(), body);
      if (problems.length > 0) return { kind: 'invalid', problems };
      const request = reviewed(store.edit(id, body, now()), 'edited', 'in review');
      delivery.wake();
      return { kind: 'edited', request: view(request) };
    },

    retry(id) {
      const request = reviewed(store.retry(id, now()), 'retried', 'in review');
      delivery.wake();
      return view(request);
    },

    withdraw(id, reason) {
      return view(reviewed(store.withdraw(id, reason, now()), 'withdrawn', 'in review or queued'));
    },

    outboxStatus,

    resume() {
      delivery.resume();
      return outboxStatus();
    },

    purgeDelivered: (at) => store.purgeDelivered(at, config.caseRequests.personalDataDays),
  };
}
