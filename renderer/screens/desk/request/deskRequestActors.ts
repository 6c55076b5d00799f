// The "File a request" machine's hub calls over the hub bridge: the catalog, and the submit.
import { fromPromise } from 'xstate';
import type {
  CaseCatalog,
  SubmitCaseRequestBody,
  SubmitCaseRequestResult,
} from '../../../../machines/contracts/caseRequests.js';
import { deskRequestMachine } from '../../../../machines/deskRequest.js';
import type { HubBridge } from '../../../bridge/hubBridge.js';

export function deskRequestMachineFor(bridge: HubBridge) {
  return deskRequestMachine.provide({
    actors: {
      loadCatalog: fromPromise<CaseCatalog>(() => bridge.call('caseCatalog', {})),
      submitRequest: fromPromise<SubmitCaseRequestResult, SubmitCaseRequestBody>(({ input }) =>
        bridge.call('submitCaseRequest', { body: input }),
      ),
    },
  });
}
