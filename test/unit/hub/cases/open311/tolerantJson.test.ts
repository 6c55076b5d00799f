// Ids stay strings whatever the server writes: bare numbers too large for JavaScript, zero-padded ones, and the
// answers to a submission (created, token, accepted).
import { describe, expect, it } from 'vitest';
import { submitOutcomeOf } from '../../../../../main/hub/cases/open311/open311Adapter.js';
import { idText, parseTolerantJson } from '../../../../../main/hub/cases/open311/tolerantJson.js';

describe('parseTolerantJson', () => {
  it('keeps a huge bare id exactly', () => {
    expect(parseTolerantJson('[{"service_request_id":9007199254740993123,"service_notice":""}]')).toEqual([
      { service_request_id: '9007199254740993123', service_notice: '' },
    ]);
  });

  it('reads a zero-padded id, which is not valid JSON', () => {
    expect(parseTolerantJson('[{"service_request_id": 000123 ,"token" :45}]')).toEqual([
      { service_request_id: '000123', token: '45' },
    ]);
  });

  it('leaves other numbers and text inside strings alone', () => {
    expect(parseTolerantJson('{"lat":45.5,"description":"\\"service_request_id\\": 5"}')).toEqual({
      lat: 45.5,
      description: '"service_request_id": 5',
    });
  });

  it('still throws on text that is not JSON', () => {
    expect(() => parseTolerantJson('<html>')).toThrow(SyntaxError);
  });
});

describe('idText', () => {
  it('turns numbers into strings and empty values into null', () => {
    expect([idText(42), idText(' 7 '), idText(''), idText(null), idText({})]).toEqual([
      '42',
      '7',
      null,
      null,
      null,
    ]);
  });
});

describe('submitOutcomeOf', () => {
  it.each([
    [
      '[{"service_request_id":638344,"service_notice":"Thanks"}]',
      { kind: 'created', caseId: '638344', serviceNotice: 'Thanks' },
    ],
    [
      '{"service_request_id":"A-1","service_notice":""}',
      { kind: 'created', caseId: 'A-1', serviceNotice: null },
    ],
    ['[{"token":"12345"}]', { kind: 'token', token: '12345' }],
    ['[{"service_request_id":null,"token":"t-1"}]', { kind: 'token', token: 't-1' }],
    ['[{"service_notice":"We got it"}]', { kind: 'accepted' }],
    ['[]', { kind: 'accepted' }],
    ['', { kind: 'accepted' }],
    ['<ok/>', { kind: 'accepted' }],
  ])('%s → %o', (text, outcome) => {
    expect(submitOutcomeOf(text)).toEqual(outcome);
  });
});
