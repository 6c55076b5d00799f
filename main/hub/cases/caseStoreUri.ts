// The hub's `--case-store <uri>` flag: `none`, or `open311+https://host/path` (or http) with the API key and
// jurisdiction from the environment or the site config, never from the URI (keys stay out of process lists).
import type { CaseRequestsConfig } from '../../../machines/contracts/site.js';
import type { CaseStoreAdapter } from './caseStore.js';
import { createOpen311Adapter, type Open311Options } from './open311/open311Adapter.js';

export type CaseStoreConnection = { kind: 'open311'; options: Open311Options };

export const API_KEY_ENV = 'LOBBY311_CASE_STORE_API_KEY';
export const JURISDICTION_ENV = 'LOBBY311_CASE_STORE_JURISDICTION';

const FORMS = 'use --case-store none or --case-store open311+https://host/path (or open311+http://…)';

export class CaseStoreUriError extends Error {
  override name = 'CaseStoreUriError';
}

/** The connection a `--case-store` value names, or null for `none`; throws CaseStoreUriError otherwise. */
export function parseCaseStoreUri(
  uri: string,
  env: NodeJS.ProcessEnv,
  config: CaseRequestsConfig,
): CaseStoreConnection | null {
  const value = uri.trim();
  if (value === 'none') return null;
  if (!/^open311\+https?:\/\//i.test(value)) {
    throw new CaseStoreUriError(`Unknown case store address: ${FORMS}.`);
  }
  let url: URL;
  try {
    url = new URL(value.slice('open311+'.length));
  } catch {
    throw new CaseStoreUriError(`The case store address is not a valid URL: ${FORMS}.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new CaseStoreUriError(
      `Do not put credentials in the case store address: set the API key in ${API_KEY_ENV} instead.`,
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw new CaseStoreUriError(
      `The case store address takes no query or fragment: set the API key in ${API_KEY_ENV} and the ` +
        `jurisdiction in ${JURISDICTION_ENV} or the site config.`,
    );
  }
  const apiKey = env[API_KEY_ENV]?.trim();
  const jurisdiction = env[JURISDICTION_ENV]?.trim();
  return {
    kind: 'open311',
    options: {
      baseUrl: `${url.protocol}//${url.host}${url.pathname}`.replace(/\/+$/, ''),
      apiKey: apiKey ? apiKey : null,
      jurisdictionId: jurisdiction ? jurisdiction : (config.jurisdictionId ?? null),
      deduplicates: config.receiverDeduplicates,
      timeoutMs: config.requestTimeoutSeconds * 1000,
    },
  };
}

export function createCaseStoreAdapter(connection: CaseStoreConnection): CaseStoreAdapter {
  return createOpen311Adapter(connection.options);
}
