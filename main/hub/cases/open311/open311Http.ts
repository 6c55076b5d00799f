// One HTTP exchange with the case store under a deadline: the answer's status, headers and text, or a transient
// CaseStoreError saying whether the request may have reached the store (refused or unresolved: it did not).
import { CaseStoreError } from '../caseStore.js';
import { errorForStatus } from './open311Errors.js';
import { parseTolerantJson } from './tolerantJson.js';

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

export interface Open311Http {
  /** A 2xx answer, or the CaseStoreError its status means. */
  send(url: string, init: RequestInit, signal: AbortSignal): Promise<HttpAnswer>;
  /** GET and parse JSON; an unreadable answer is a transient error naming `what`. */
  getJson(url: string, signal: AbortSignal, what: string): Promise<unknown>;
}

/** Error codes meaning the connection never opened, so nothing was sent. */
const notConnected = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function causeCode(error: unknown): string | null {
  const cause = (error as { cause?: { code?: unknown; errors?: { code?: unknown }[] } } | null)?.cause;
  const code = cause?.code ?? cause?.errors?.[0]?.code;
  return typeof code === 'string' ? code : null;
}

/** The CaseStoreError for a request that got no answer. */
export function errorForNoAnswer(error: unknown, timeoutMs: number): CaseStoreError {
  const none = (message: string, mayHaveArrived: boolean) =>
    new CaseStoreError('transient', message, { status: null, retryAfterMs: null, mayHaveArrived });
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError') {
    return none(`The case store did not answer within ${Math.round(timeoutMs / 1000)} s.`, true);
  }
  if (name === 'AbortError') return none('The request was cancelled before the case store answered.', true);
  const code = causeCode(error);
  if (code !== null && notConnected.has(code)) {
    return none(`The case store could not be reached (${code}).`, false);
  }
  if (code !== null && /CERT|TLS|SSL/.test(code)) {
    return none(`The case store's certificate was refused (${code}).`, false);
  }
  return none(`The connection to the case store broke before it answered${code ? ` (${code})` : ''}.`, true);
}

export function createOpen311Http(options: {
  fetch: typeof fetch;
  timeoutMs: number;
  now: () => number;
}): Open311Http {
  async function send(url: string, init: RequestInit, signal: AbortSignal): Promise<HttpAnswer> {
    const deadline = AbortSignal.any([signal, AbortSignal.timeout(options.timeoutMs)]);
    let answer: HttpAnswer;
    try {
      const response = await options.fetch(url, { ...init, signal: deadline });
      answer = { status: response.status, headers: response.headers, text: await response.text() };
    } catch (error) {
      throw errorForNoAnswer(error, options.timeoutMs);
    }
    if (answer.status < 200 || answer.status > 299) {
      throw errorForStatus(answer.status, answer.text, answer.headers.get('retry-after'), options.now());
    }
    return answer;
  }

  return {
    send,
    async getJson(url, signal, what) {
      const answer = await send(url, { method: 'GET', headers: { Accept: 'application/json' } }, signal);
      try {
        return parseTolerantJson(answer.text);
      } catch {
        throw new CaseStoreError('transient', `The case store's answer to ${what} was not JSON.`, {
          status: answer.status,
          retryAfterMs: null,
          mayHaveArrived: false,
        });
      }
    },
  };
}
