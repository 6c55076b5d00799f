// The kiosk bridge's walk-in requests: the catalog of services (the kiosk's saved copy while the hub is away),
// and submitRequest: checked against that catalog, written ahead to the kiosk's durable log, sent to the hub,
// then its receipt printed. The hub's commit forgets the kiosk's copy; a hub that cannot be reached keeps it
// for the hand-over and the visitor still leaves with a receipt. Idempotent on requestId.
import { randomBytes } from 'node:crypto';
import { validateRequest } from '../../../machines/caseRequests/validateRequest.js';
import {
  type CaseCatalog,
  type CaseReceipt,
  type FieldProblem,
  type HubClient,
  HubError,
  type SiteConfig,
  type SubmitRequestInput,
  type SubmitRequestResult,
} from '../../../machines/contracts/index.js';
import { KioskRefusal } from '../apiErrors.js';
import { BoundedMap } from '../boundedMap.js';
import type { DeviceCredential } from '../deviceCredential.js';
import { refusedByHub } from '../kioskRefusals.js';
import type { CaseHandOver } from './caseHandOver.js';
import type { CatalogCache } from './catalogCache.js';
import { localReceipt, type PrintReceipt } from './receiptPrinting.js';
import type { CapturedRequest, CaseRequestLog } from './requestLog.js';

export interface CaseRequestServiceDeps {
  /** The tracked hub client (every call tells the connectivity tracker whether the hub answered). */
  hub: HubClient;
  log: CaseRequestLog;
  handOver: CaseHandOver;
  catalog: CatalogCache;
  site: () => Promise<SiteConfig>;
  printReceipt: PrintReceipt;
  credential: DeviceCredential;
  /** Why the kiosk takes no request now (not enrolled, disabled, out of service), or null. */
  refusal: () => KioskRefusal | null;
  /** A new status token (default: 24 random bytes, base64url). */
  newStatusToken?: () => string;
}

export interface CaseRequestService {
  getCaseCatalog(): Promise<CaseCatalog>;
  submitRequest(input: SubmitRequestInput): Promise<SubmitRequestResult>;
  /** Resolves once no submit is under way (before the log closes). */
  settle(): Promise<void>;
}

/** How many requests the hub committed are remembered, so a retry gets the same receipt without a new capture. */
const COMMITTED_MEMORY = 200;

export const invalidRequest = (problems: FieldProblem[], message?: string): KioskRefusal =>
  new KioskRefusal(
    400,
    'invalid-request',
    message ?? 'Some answers need a change before the request can be sent.',
    problems,
  );

const rateLimited = (): KioskRefusal =>
  new KioskRefusal(429, 'rate-limited', 'Too many requests from this kiosk in a short time. Try again soon.');

export function createCaseRequestService(deps: CaseRequestServiceDeps): CaseRequestService {
  const newToken = deps.newStatusToken ?? (() => randomBytes(24).toString('base64url'));
  const committed = new BoundedMap<string, { request: CapturedRequest; receipt: CaseReceipt }>(
    COMMITTED_MEMORY,
  );
  const inFlight = new Map<string, Promise<SubmitRequestResult>>();

  /** Validates a new request against the catalog the kiosk has and writes it ahead (fsynced). */
  async function capture(input: SubmitRequestInput): Promise<CapturedRequest> {
    const catalog = deps.catalog.known() ?? (await deps.catalog.fetch());
    const problems = validateRequest(catalog, input);
    if (problems.length > 0) throw invalidRequest(problems);
    const request: CapturedRequest = { ...input, statusToken: newToken() };
    deps.log.capture(request);
    return request;
  }

  /** The hub's receipt once it committed, or null when the request stays in the log for the hand-over. */
  async function send(request: CapturedRequest): Promise<CaseReceipt | null> {
    try {
      const { receipt } = await deps.hub.call('submitCaseRequest', { body: { ...request, handOver: false } });
      deps.credential.noteAccepted();
      deps.log.handedOver(request.requestId);
      return receipt;
    } catch (err) {
      if (err instanceof HubError && err.status === 400 && err.code === 'invalid-request') {
        // The hub's catalog differs: the visitor is still here to change it (nothing was stored on the hub);
        // the kiosk takes the hub's catalog so the changed request is checked against the same questions.
        deps.log.refused(request.requestId);
        await deps.catalog.fetch().catch(() => null);
        throw invalidRequest(err.problems ?? [], err.message);
      }
      deps.credential.noteFailure(err);
      if (err instanceof HubError && err.status === 429) throw rateLimited();
      // Unreachable, failing or refusing this kiosk for now: the hand-over sends it later.
      return null;
    }
  }

  async function submitAndPrint(input: SubmitRequestInput): Promise<SubmitRequestResult> {
    const site = await deps.site();
    const done = committed.get(input.requestId);
    if (done) {
      const print = await deps.printReceipt({ ...done, site, catalog: deps.catalog.known() });
      return { receipt: done.receipt, print, offline: false };
    }
    const request = deps.log.find(input.requestId) ?? (await capture(input));
    const fromHub = await send(request);
    const receipt = fromHub ?? localReceipt(request, site);
    if (fromHub) committed.set(request.requestId, { request, receipt });
    const print = await deps.printReceipt({ request, receipt, site, catalog: deps.catalog.known() });
    return { receipt, print, offline: fromHub === null };
  }

  return {
    async getCaseCatalog() {
      try {
        return await deps.catalog.fetch();
      } catch (err) {
        if (deps.credential.noteFailure(err)) throw refusedByHub();
        throw err;
      }
    },

    submitRequest(input) {
      const pending = inFlight.get(input.requestId);
      if (pending) return pending;
      const refusal = deps.refusal();
      if (refusal) return Promise.reject(refusal);
      const call = deps.handOver
        .hold(input.requestId, () => submitAndPrint(input))
        .finally(() => inFlight.delete(input.requestId));
      inFlight.set(input.requestId, call);
      return call;
    },

    async settle() {
      await Promise.allSettled(inFlight.values());
    },
  };
}
