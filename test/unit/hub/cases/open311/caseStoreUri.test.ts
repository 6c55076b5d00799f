// The `--case-store` flag: none, open311+http(s) with key and jurisdiction from the environment or config, and
// a plain error for anything else (credentials in the URI included).
import { describe, expect, it } from 'vitest';
import { CaseRequestsConfig } from '../../../../../machines/contracts/site.js';
import {
  CaseStoreUriError,
  createCaseStoreAdapter,
  parseCaseStoreUri,
} from '../../../../../main/hub/cases/caseStoreUri.js';

const config = CaseRequestsConfig.parse({
  here: { address: '1120 SW 5th Ave, Portland, OR 97204', lat: 45.5155, long: -122.6789 },
  jurisdictionId: 'portland.gov',
  receiverDeduplicates: true,
  requestTimeoutSeconds: 15,
});

describe('parseCaseStoreUri', () => {
  it('reads none as no case store', () => {
    expect(parseCaseStoreUri('none', {}, config)).toBeNull();
  });

  it('builds Open311 options from the URI, the environment and the config', () => {
    const connection = parseCaseStoreUri(
      'open311+https://311.example.gov/open311/v2/',
      { LOBBY311_CASE_STORE_API_KEY: 'secret', LOBBY311_CASE_STORE_JURISDICTION: 'pdx' },
      config,
    );
    expect(connection).toEqual({
      kind: 'open311',
      options: {
        baseUrl: 'https://311.example.gov/open311/v2',
        apiKey: 'secret',
        jurisdictionId: 'pdx',
        deduplicates: true,
        timeoutMs: 15_000,
      },
    });
  });

  it('falls back to the config jurisdiction and no key', () => {
    const connection = parseCaseStoreUri(
      'open311+http://127.0.0.1:8313/open311/v2',
      { LOBBY311_CASE_STORE_API_KEY: '' },
      config,
    );
    expect(connection?.options).toMatchObject({ apiKey: null, jurisdictionId: 'portland.gov' });
    const plain = CaseRequestsConfig.parse({ here: config.here });
    expect(parseCaseStoreUri('open311+http://h/x', {}, plain)?.options).toMatchObject({
      jurisdictionId: null,
      deduplicates: false,
      timeoutMs: 20_000,
    });
  });

  it.each([
    ['', /--case-store none or --case-store open311\+https/],
    ['https://311.example.gov/open311/v2', /--case-store none or/],
    ['open311+ftp://host/x', /--case-store none or/],
    ['zendesk+https://host', /--case-store none or/],
    ['open311+https://', /not a valid URL/],
    ['open311+https://user:pass@host/open311/v2', /LOBBY311_CASE_STORE_API_KEY/],
    ['open311+https://host/open311/v2?api_key=abc', /LOBBY311_CASE_STORE_API_KEY/],
  ])('refuses %j with one plain line', (uri, message) => {
    let thrown: unknown;
    try {
      parseCaseStoreUri(uri, {}, config);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CaseStoreUriError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toMatch(/\n|pass|abc/);
  });
});

describe('createCaseStoreAdapter', () => {
  it('makes an Open311 adapter showing the endpoint without the key', () => {
    const connection = parseCaseStoreUri(
      'open311+https://311.example.gov/open311/v2',
      { LOBBY311_CASE_STORE_API_KEY: 'k' },
      config,
    );
    const adapter = createCaseStoreAdapter(connection!);
    expect(adapter.endpoint).toBe('https://311.example.gov/open311/v2');
    expect(adapter.deduplicates).toBe(true);
  });
});
