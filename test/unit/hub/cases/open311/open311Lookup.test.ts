// Finding our cases in a requests.json answer: by the reference line in the description, or by our request id
// in attributes or extended attributes; the query spans the capture time.
import { describe, expect, it } from 'vitest';
import type { OutgoingCaseRequest } from '../../../../../main/hub/cases/caseStore.js';
import { MalformedAnswer } from '../../../../../main/hub/cases/open311/open311Catalog.js';
import { lookupQuery, matchingCaseIds } from '../../../../../main/hub/cases/open311/open311Lookup.js';

const request: OutgoingCaseRequest = {
  requestId: '7e0f4a8c-2b1d-4e5f-8a9b-0c1d2e3f4a5b',
  localReference: 'R-FR0M-AAAA',
  serviceCode: 'pothole',
  answers: {},
  location: { address: 'here' },
  description: '',
  contact: null,
  language: 'en',
  capturedAt: '2025-03-04T10:00:00.000Z',
};

describe('lookupQuery', () => {
  it('asks for the service from a day before capture to a day after now', () => {
    const query = lookupQuery(request, 'portland.gov', Date.parse('2025-03-05T08:30:00.250Z'));
    expect(Object.fromEntries(query)).toEqual({
      service_code: 'pothole',
      start_date: '2025-03-03T10:00:00Z',
      end_date: '2025-03-06T08:30:00Z',
      jurisdiction_id: 'portland.gov',
    });
    expect(lookupQuery(request, null, 0).has('jurisdiction_id')).toBe(false);
  });
});

describe('matchingCaseIds', () => {
  it('finds every case carrying our reference or our id, once each', () => {
    const ids = matchingCaseIds(
      [
        { service_request_id: 1, description: 'Hole\n\nLobby 311 reference: R-FR0M-AAAA' },
        { service_request_id: '2', description: 'Lobby 311 reference: R-OTHR-BBBB' },
        { service_request_id: '3', attributes: { lobby311_request_id: request.requestId } },
        { service_request_id: '4', extended_attributes: { lobby311_request_id: request.requestId } },
        { service_request_id: '5', attributes: [{ code: 'lobby311_request_id', value: request.requestId }] },
        { service_request_id: '6', attributes: [{ code: 'lobby311_request_id', value: 'someone-else' }] },
        { service_request_id: 1, description: 'Lobby 311 reference: R-FR0M-AAAA' },
        { description: 'Lobby 311 reference: R-FR0M-AAAA' },
      ],
      request,
    );
    expect(ids).toEqual(['1', '3', '4', '5']);
  });

  it('finds nothing in an empty list, and refuses an answer that is not a list', () => {
    expect(matchingCaseIds([], request)).toEqual([]);
    expect(() => matchingCaseIds({ requests: [] }, request)).toThrow(MalformedAnswer);
  });
});
