// A scripted stand-in for the hub's walk-in request routes as the kiosk agent calls them (catalog, submit),
// on top of the scripted ticket hub (site, health, …): idempotent on requestId like the contract says, refuses
// invalid content unless it is a hand-over, and can refuse a submit with a chosen status. Unit tests of the
// agent's decisions use it; the integration test uses the real hub process.
import { randomBytes } from 'node:crypto';
import { localReferenceOf } from '../../../../machines/caseRequests/localReference.js';
import { validateRequest } from '../../../../machines/caseRequests/validateRequest.js';
import {
  type CaseCatalog,
  type CaseReceipt,
  type CaseRequestView,
  type FieldProblem,
  type HubClient,
  HubError,
  HubUnreachableError,
  type SubmitCaseRequestBody,
  type SubmitCaseRequestResult,
} from '../../../../machines/contracts/index.js';
import { type ScriptedHub, startScriptedHub } from '../offline/scriptedHub.js';

/** Two services: a pothole with one required question (and a Spanish name), graffiti without questions. */
export const testCatalog: CaseCatalog = {
  services: [
    {
      code: 'pothole',
      name: 'Pothole',
      description: 'A hole in the street.',
      group: 'Streets',
      keywords: ['road'],
      type: 'realtime',
      hasDefinition: true,
      translations: { es: { name: 'Bache' } },
      groupTranslations: { es: 'Calles' },
    },
    {
      code: 'graffiti',
      name: 'Graffiti',
      description: '',
      group: 'Other',
      keywords: [],
      type: 'batch',
      hasDefinition: false,
      translations: {},
      groupTranslations: {},
    },
  ],
  definitions: {
    pothole: {
      serviceCode: 'pothole',
      attributes: [
        {
          code: 'size',
          variable: true,
          datatype: 'singlevaluelist',
          required: true,
          description: 'How big is it?',
          datatypeDescription: '',
          order: 1,
          values: [
            { key: 'small', name: 'Small', translations: {} },
            { key: 'large', name: 'Large', translations: {} },
          ],
          translations: {},
        },
      ],
    },
  },
  source: 'case-store',
  fetchedAt: '2026-11-26T17:00:00.000Z',
};

export interface ScriptedCaseHub {
  client: HubClient;
  /** The ticket side: set `base.failure` to make every route unreachable or fail. */
  base: ScriptedHub;
  /** The catalog the hub answers (tests change it to make the hub's differ from the kiosk's). */
  catalog: CaseCatalog;
  /** Every submit body that reached the hub, in order. */
  submits: SubmitCaseRequestBody[];
  /** Requests the hub committed, by id (a repeated id returns the first). */
  stored: Map<string, SubmitCaseRequestBody>;
  /** While set, submits are refused with this status and code (nothing is stored). */
  refuseSubmit: { status: number; code: HubError['code'] } | null;
}

function viewOf(body: SubmitCaseRequestBody, receipt: CaseReceipt, at: string): CaseRequestView {
  return {
    id: body.requestId,
    localReference: receipt.localReference,
    serviceCode: body.serviceCode,
    serviceName: body.serviceCode,
    channel: 'kiosk',
    deviceId: 'kiosk-a',
    ticketId: null,
    language: body.language,
    capturedAt: body.capturedAt,
    receivedAt: at,
    state: 'queued',
    caseId: null,
    serviceNotice: null,
    attempts: 0,
    nextAttemptAt: null,
    lastError: null,
    reviewReason: null,
    duplicateCaseIds: [],
    deliveredAt: null,
    details: null,
  };
}

export function startScriptedCaseHub(now: () => Date): ScriptedCaseHub {
  const base = startScriptedHub(now);
  const hub: ScriptedCaseHub = {
    base,
    catalog: testCatalog,
    submits: [],
    stored: new Map(),
    refuseSubmit: null,
    client: {
      // One implementation answers two routes and hands every other to the ticket hub.
      // biome-ignore lint/suspicious/noExplicitAny: `call` is generic per route
      async call(route, args): Promise<any> {
        if (route !== 'caseCatalog' && route !== 'submitCaseRequest') return base.client.call(route, args);
        base.calls.set(route, (base.calls.get(route) ?? 0) + 1);
        if (base.failure === 'unreachable')
          throw new HubUnreachableError('http://hub.test', new Error('refused'));
        if (base.failure !== null)
          throw new HubError(base.failure, 'internal', `the hub answered ${base.failure}`);
        if (route === 'caseCatalog') return hub.catalog;
        const body = args.body as SubmitCaseRequestBody;
        hub.submits.push(structuredClone(body));
        if (hub.refuseSubmit) {
          const { status, code } = hub.refuseSubmit;
          throw new HubError(status, code, `the hub answered ${status}`);
        }
        const known = hub.stored.get(body.requestId);
        if (!known && !body.handOver) {
          const problems: FieldProblem[] = validateRequest(hub.catalog, body);
          if (problems.length > 0) {
            throw new HubError(400, 'invalid-request', 'Some answers need a change.', problems);
          }
        }
        const kept = known ?? body;
        hub.stored.set(kept.requestId, kept);
        const token = kept.statusToken ?? randomBytes(24).toString('base64url');
        const receipt: CaseReceipt = {
          requestId: kept.requestId,
          localReference: localReferenceOf(kept.requestId),
          statusToken: token,
          statusUrl: `${base.site.publicBaseUrl}/request/${token}`,
          state: 'queued',
          caseId: null,
        };
        return {
          receipt,
          request: viewOf(kept, receipt, now().toISOString()),
        } satisfies SubmitCaseRequestResult;
      },
    },
  };
  return hub;
}
