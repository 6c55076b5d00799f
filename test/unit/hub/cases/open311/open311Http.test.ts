// Requests that got no answer: refused or unresolved ones never reached the store; a broken connection or a
// timeout may have.
import { describe, expect, it } from 'vitest';
import { errorForNoAnswer } from '../../../../../main/hub/cases/open311/open311Http.js';

const fetchFailed = (cause: object) => Object.assign(new TypeError('fetch failed'), { cause });

describe('errorForNoAnswer', () => {
  it.each([
    ['connection refused', fetchFailed({ code: 'ECONNREFUSED' }), false],
    ['refused on every address', fetchFailed({ errors: [{ code: 'ECONNREFUSED' }] }), false],
    ['unknown host', fetchFailed({ code: 'ENOTFOUND' }), false],
    ['DNS not answering', fetchFailed({ code: 'EAI_AGAIN' }), false],
    ['bad certificate', fetchFailed({ code: 'CERT_HAS_EXPIRED' }), false],
    ['dropped after sending', fetchFailed({ code: 'UND_ERR_SOCKET' }), true],
    ['reset', fetchFailed({ code: 'ECONNRESET' }), true],
    ['no cause', new TypeError('fetch failed'), true],
    ['deadline', new DOMException('The operation was aborted due to timeout', 'TimeoutError'), true],
    ['cancelled', new DOMException('This operation was aborted', 'AbortError'), true],
  ])('%s → transient, mayHaveArrived %s', (_name, error, mayHaveArrived) => {
    const result = errorForNoAnswer(error, 20_000);
    expect(result.kind).toBe('transient');
    expect(result.details).toEqual({ status: null, retryAfterMs: null, mayHaveArrived });
  });

  it('names the deadline in seconds', () => {
    expect(errorForNoAnswer(new DOMException('x', 'TimeoutError'), 20_000).message).toBe(
      'The case store did not answer within 20 s.',
    );
  });
});
