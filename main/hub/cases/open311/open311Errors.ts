// Classifies a case store's failure answers into CaseStoreError kinds: auth, unknown service, validation or
// transient (a GeoReport 400 also means "the CRM is down", so its description decides), with Retry-After.
import { CaseStoreError } from '../caseStore.js';
import { parseTolerantJson } from './tolerantJson.js';

/** Descriptions that say the store is unwell rather than that the request is wrong. */
const outage = /\b(down|unavailable|time ?out|timed out|try again|temporar\w*|maintenance|busy)\b/i;

const MESSAGE_MAX = 300;

/** Milliseconds to wait from a Retry-After header (delay in seconds, or an HTTP date); null when absent. */
export function retryAfterMs(header: string | null, nowMs: number): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/** The `description`s of a GeoReport error body (`[{code, description}]` or one such object). */
export function storeDescriptions(bodyText: string): string[] {
  let body: unknown;
  try {
    body = parseTolerantJson(bodyText);
  } catch {
    return [];
  }
  const entries = Array.isArray(body) ? body : [body];
  return entries.flatMap((entry) => {
    const description = (entry as { description?: unknown } | null)?.description;
    return typeof description === 'string' && description.trim() !== '' ? [description.trim()] : [];
  });
}

function truncate(text: string): string {
  return text.length <= MESSAGE_MAX ? text : `${text.slice(0, MESSAGE_MAX - 1)}…`;
}

/** The CaseStoreError for a non-2xx answer. */
export function errorForStatus(
  status: number,
  bodyText: string,
  retryAfterHeader: string | null,
  nowMs: number,
): CaseStoreError {
  const said = storeDescriptions(bodyText).join('; ');
  const message = (plain: string) => truncate(said === '' ? plain : said);
  const details = (mayHaveArrived: boolean) => ({
    status,
    retryAfterMs: retryAfterMs(retryAfterHeader, nowMs),
    mayHaveArrived,
  });
  if (status === 401 || status === 403) {
    return new CaseStoreError(
      'auth',
      message(`The case store refused the API key (HTTP ${status}).`),
      details(false),
    );
  }
  if (status === 404 || status === 410) {
    return new CaseStoreError(
      'unknown-service',
      message(`The case store does not know this service or jurisdiction (HTTP ${status}).`),
      details(false),
    );
  }
  if (status === 400) {
    const kind = outage.test(said) ? 'transient' : 'validation';
    return new CaseStoreError(
      kind,
      message('The case store rejected the request (HTTP 400).'),
      details(false),
    );
  }
  if (status === 408 || status === 425 || status === 429) {
    return new CaseStoreError(
      'transient',
      message(`The case store asked us to wait (HTTP ${status}).`),
      details(false),
    );
  }
  if (status >= 500) {
    return new CaseStoreError('transient', message(`The case store failed (HTTP ${status}).`), details(true));
  }
  if (status >= 400) {
    return new CaseStoreError(
      'validation',
      message(`The case store rejected the request (HTTP ${status}).`),
      details(false),
    );
  }
  return new CaseStoreError(
    'transient',
    `The case store answered HTTP ${status} instead of a result; check the --case-store address.`,
    details(false),
  );
}
