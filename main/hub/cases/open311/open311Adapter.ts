// The Open311 GeoReport v2 case-store adapter over HTTP (Node's fetch): discovery, submission with our request
// id as Idempotency-Key and attribute, batch token polling, and look-up by our reference line. Every failure
// leaves as a classified CaseStoreError; nothing of a request's content goes into a message.
import { type CaseStoreAdapter, CaseStoreError, type SubmitOutcome } from '../caseStore.js';
import { definitionOf, MalformedAnswer, servicesOf } from './open311Catalog.js';
import { encodeRequestForm } from './open311Form.js';
import { createOpen311Http } from './open311Http.js';
import { lookupQuery, matchingCaseIds } from './open311Lookup.js';
import { idText, parseTolerantJson } from './tolerantJson.js';

export interface Open311Options {
  /** e.g. https://host/open311/v2 (a trailing slash is fine). */
  baseUrl: string;
  apiKey: string | null;
  jurisdictionId: string | null;
  /** The receiver honours Idempotency-Key. */
  deduplicates: boolean;
  timeoutMs: number;
  fetch?: typeof fetch;
  /** Clock for Retry-After dates and look-up windows (default Date.now). */
  now?: () => number;
}

/** Scheme, host and path of the base URL: what /maintenance may show (never a query or credentials). */
export function endpointOf(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.protocol}//${url.host}${url.pathname}`.replace(/\/+$/, '');
}

function malformed(what: string, status: number): CaseStoreError {
  return new CaseStoreError('transient', `The case store's answer to ${what} could not be read.`, {
    status,
    retryAfterMs: null,
    mayHaveArrived: false,
  });
}

/** What a 2xx answer to a submission means: a case id, a token to poll, or accepted without either. */
export function submitOutcomeOf(text: string): SubmitOutcome {
  let body: unknown;
  try {
    body = text.trim() === '' ? null : parseTolerantJson(text);
  } catch {
    return { kind: 'accepted' };
  }
  const first = (Array.isArray(body) ? body[0] : body) as Record<string, unknown> | null | undefined;
  const caseId = idText(first?.service_request_id);
  if (caseId !== null) {
    const notice = first?.service_notice;
    return {
      kind: 'created',
      caseId,
      serviceNotice: typeof notice === 'string' && notice !== '' ? notice : null,
    };
  }
  const token = idText(first?.token);
  return token !== null ? { kind: 'token', token } : { kind: 'accepted' };
}

export function createOpen311Adapter(options: Open311Options): CaseStoreAdapter {
  const base = options.baseUrl.replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const http = createOpen311Http({ fetch: options.fetch ?? fetch, timeoutMs: options.timeoutMs, now });
  const jurisdiction = options.jurisdictionId;
  const url = (path: string, query?: URLSearchParams) => {
    const q = query?.toString() ?? '';
    return `${base}/${path}${q === '' ? '' : `?${q}`}`;
  };
  const jurisdictionQuery = () =>
    jurisdiction === null ? undefined : new URLSearchParams({ jurisdiction_id: jurisdiction });

  /** Reads a GET answer with `read`; a shape it cannot use is a transient error. */
  async function getWith<T>(
    path: string,
    query: URLSearchParams | undefined,
    what: string,
    signal: AbortSignal,
    read: (body: unknown) => T,
  ): Promise<T> {
    const body = await http.getJson(url(path, query), signal, what);
    try {
      return read(body);
    } catch (error) {
      if (error instanceof CaseStoreError) throw error;
      throw malformed(what, 200);
    }
  }

  return {
    endpoint: endpointOf(base),
    deduplicates: options.deduplicates,

    listServices(signal) {
      return getWith('services.json', jurisdictionQuery(), 'the service list', signal, servicesOf);
    },

    getDefinition(serviceCode, signal) {
      const path = `services/${encodeURIComponent(serviceCode)}.json`;
      return getWith(path, jurisdictionQuery(), 'a service definition', signal, (body) =>
        definitionOf(serviceCode, body),
      );
    },

    async submit(request, signal) {
      const form = encodeRequestForm(request, { apiKey: options.apiKey, jurisdictionId: jurisdiction });
      const answer = await http.send(
        url('requests.json'),
        {
          method: 'POST',
          redirect: 'manual',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            Accept: 'application/json',
            'Idempotency-Key': request.requestId,
          },
          body: form.toString(),
        },
        signal,
      );
      return submitOutcomeOf(answer.text);
    },

    pollToken(token, signal) {
      const path = `tokens/${encodeURIComponent(token)}.json`;
      const poll = getWith(path, jurisdictionQuery(), 'a token poll', signal, (body) => {
        const first = (Array.isArray(body) ? body[0] : body) as Record<string, unknown> | null | undefined;
        if (first !== undefined && (first === null || typeof first !== 'object')) {
          throw new MalformedAnswer('a token answer is not an object');
        }
        const caseId = idText(first?.service_request_id);
        return caseId === null ? { kind: 'pending' as const } : { kind: 'created' as const, caseId };
      });
      // Some servers answer 404 until a batch request is processed: that is "not yet", not an unknown service.
      return poll.catch((error: unknown) => {
        if (error instanceof CaseStoreError && error.details.status === 404)
          return { kind: 'pending' as const };
        throw error;
      });
    },

    async lookup(request, signal) {
      const query = lookupQuery(request, jurisdiction, now());
      const caseIds = await getWith('requests.json', query, 'a request look-up', signal, (body) =>
        matchingCaseIds(body, request),
      );
      return { caseIds };
    },
  };
}
