// Shared pieces of the delivery worker's tests: outgoing requests with distinct ids and references, the site's
// case-request settings with test overrides, and a clock the test advances by hand.
import { localReferenceOf } from '../../../../../machines/caseRequests/localReference.js';
import { CaseRequestsConfig } from '../../../../../machines/contracts/site.js';
import type { OutgoingCaseRequest } from '../../../../../main/hub/cases/caseStore.js';

export const START = Date.parse('2025-03-04T17:00:00.000Z');

/** Request number `n` (1, 2, …): the number leads the UUID so every local reference differs. */
export function requestNumber(n: number, overrides: Partial<OutgoingCaseRequest> = {}): OutgoingCaseRequest {
  const requestId = `${n.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
  return {
    requestId,
    localReference: localReferenceOf(requestId),
    serviceCode: 'pothole',
    answers: {},
    location: { address: '1120 SW 5th Ave, Portland, OR 97204', lat: 45.5155, long: -122.6789 },
    description: 'A deep pothole in the bike lane',
    contact: null,
    language: 'en',
    capturedAt: new Date(START + n).toISOString(),
    ...overrides,
  };
}

export function caseSettings(overrides: Partial<CaseRequestsConfig> = {}): CaseRequestsConfig {
  return {
    ...CaseRequestsConfig.parse({
      here: { address: '1120 SW 5th Ave, Portland, OR 97204', lat: 45.5155, long: -122.6789 },
    }),
    ...overrides,
  };
}

export function manualClock(start = START) {
  let t = start;
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
    set: (at: number) => {
      t = at;
    },
    ms: () => t,
  };
}
