// The GeoReport submission form: location, the description's reference line and 4000 cap, contact fields,
// multi-value attributes and our own request id.
import { describe, expect, it } from 'vitest';
import type { OutgoingCaseRequest } from '../../../../../main/hub/cases/caseStore.js';
import {
  describeWithReference,
  encodeRequestForm,
  referenceLine,
} from '../../../../../main/hub/cases/open311/open311Form.js';

const request: OutgoingCaseRequest = {
  requestId: '0b7c2a1e-5d2f-4c3a-9e61-3f0c9a7d1b22',
  localReference: 'R-1DY2-M4X9',
  serviceCode: 'sidewalk-damage',
  answers: { damage_type: ['cracked', 'raised'], trip_hazard: 'yes', note: '' },
  location: { address: '1120 SW 5th Ave, Portland, OR 97204', lat: 45.5155, long: -122.6789 },
  description: 'Big crack by the bus stop.',
  contact: { firstName: 'Ana', lastName: 'Diaz', email: 'ana@example.org', phone: '503 555 0100' },
  language: 'es',
  capturedAt: '2025-03-04T10:00:00.000Z',
};

describe('encodeRequestForm', () => {
  it('sends every field GeoReport defines, with repeated keys for multi-value answers', () => {
    const form = encodeRequestForm(request, { apiKey: 'k1', jurisdictionId: 'portland.gov' });
    expect(form.get('api_key')).toBe('k1');
    expect(form.get('jurisdiction_id')).toBe('portland.gov');
    expect(form.get('service_code')).toBe('sidewalk-damage');
    expect(form.get('lat')).toBe('45.5155');
    expect(form.get('long')).toBe('-122.6789');
    expect(form.get('address_string')).toBe('1120 SW 5th Ave, Portland, OR 97204');
    expect(form.get('description')).toBe('Big crack by the bus stop.\n\nLobby 311 reference: R-1DY2-M4X9');
    expect([form.get('email'), form.get('first_name'), form.get('last_name'), form.get('phone')]).toEqual([
      'ana@example.org',
      'Ana',
      'Diaz',
      '503 555 0100',
    ]);
    expect(form.getAll('attribute[damage_type][]')).toEqual(['cracked', 'raised']);
    expect(form.get('attribute[trip_hazard]')).toBe('yes');
    expect(form.has('attribute[note]')).toBe(false);
    expect(form.get('attribute[lobby311_request_id]')).toBe(request.requestId);
    expect(form.toString()).toContain('attribute%5Bdamage_type%5D%5B%5D=cracked');
  });

  it('leaves out the key, jurisdiction, point and contact when there are none', () => {
    const form = encodeRequestForm(
      { ...request, contact: null, location: { address: 'Main St & 5th' } },
      { apiKey: null, jurisdictionId: null },
    );
    for (const name of [
      'api_key',
      'jurisdiction_id',
      'lat',
      'long',
      'email',
      'first_name',
      'last_name',
      'phone',
    ]) {
      expect(form.has(name)).toBe(false);
    }
    expect(form.get('address_string')).toBe('Main St & 5th');
  });

  it('never lets an answer overwrite our request id attribute', () => {
    const form = encodeRequestForm(
      { ...request, answers: { lobby311_request_id: 'forged' } },
      { apiKey: null, jurisdictionId: null },
    );
    expect(form.getAll('attribute[lobby311_request_id]')).toEqual([request.requestId]);
  });
});

describe('describeWithReference', () => {
  it('is only the reference line when the visitor wrote nothing', () => {
    expect(describeWithReference('  ', 'R-AAAA-BBBB')).toBe(referenceLine('R-AAAA-BBBB'));
  });

  it('cuts the visitor text so the whole stays within 4000 characters and ends with the reference', () => {
    const text = describeWithReference('a'.repeat(5000), 'R-AAAA-BBBB');
    expect(text.length).toBe(4000);
    expect(text.endsWith('\n\nLobby 311 reference: R-AAAA-BBBB')).toBe(true);
  });

  it('does not cut a character in half', () => {
    const line = referenceLine('R-AAAA-BBBB');
    const room = 4000 - line.length - 2;
    const text = describeWithReference(`${'a'.repeat(room - 1)}😀😀`, 'R-AAAA-BBBB');
    expect(text.length).toBe(4000 - 1);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('keeps a text that fits exactly', () => {
    const room = 4000 - referenceLine('R-AAAA-BBBB').length - 2;
    expect(describeWithReference('b'.repeat(room), 'R-AAAA-BBBB').length).toBe(4000);
  });
});
