// Turns every failure into the contract's ApiError JSON with the right HTTP status; bad input never is a 500.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { ApiError, ApiErrorCode } from '../../../machines/contracts/index.js';
import { AuthError } from '../auth/authError.js';
import { QueueError } from '../queue/queueError.js';

const statusByCode: Record<ApiErrorCode, number> = {
  'invalid-request': 400,
  'unknown-service': 404,
  'unknown-counter': 404,
  'unknown-outcome': 404,
  'not-found': 404,
  'nothing-waiting': 409,
  'wrong-state': 409,
  'queue-full': 409,
  'service-closed': 409,
  'counter-closed': 409,
  'cooling-down': 409,
  unavailable: 503,
  unauthenticated: 401,
  forbidden: 403,
  'rate-limited': 429,
  conflict: 409,
  'lease-exhausted': 409,
  internal: 500,
};

/** Plain messages for the request errors Fastify itself raises before a handler runs. */
const fastifyMessages: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'The body is not valid JSON: send a JSON object.',
  FST_ERR_CTP_EMPTY_JSON_BODY:
    'The body is empty: send a JSON object (use {} when there is nothing to send).',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The body is too large: send at most 64 KB of JSON.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send the body as JSON with the header content-type: application/json.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The content-length header does not match the body: send it again.',
};

export function sendApiError(reply: FastifyReply, status: number, code: ApiErrorCode, message: string) {
  const body: ApiError = { error: { code, message } };
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

const placeNames = { body: 'field', path: 'path parameter', query: 'query parameter' } as const;

/** Parses `value` with `schema`, or throws an invalid-request QueueError naming the first bad field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'body' | 'path' | 'query',
): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const place = placeNames[where];
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${[...issue.path, k].join('.')}"`).join(', ');
    throw new QueueError('invalid-request', `Unknown ${place} ${keys}: remove it and send again.`);
  }
  if (issue.path.length === 0) {
    throw new QueueError(
      'invalid-request',
      where === 'query'
        ? `The query string is invalid (${issue.message}): fix it and send again.`
        : `The ${where} is invalid (${issue.message}): send a JSON object.`,
    );
  }
  throw new QueueError(
    'invalid-request',
    `The ${place} "${issue.path.join('.')}" is invalid (${issue.message}): fix it and send again.`,
  );
}

/** Installs the error and not-found handlers that answer in the contract's error format. */
export function registerApiErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof QueueError)
      return sendApiError(reply, statusByCode[error.code], error.code, error.message);
    if (error instanceof AuthError) {
      if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
      return sendApiError(reply, statusByCode[error.code], error.code, error.message);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message = fastifyMessages[error.code] ?? `The request is invalid: ${error.message}`;
      return sendApiError(reply, status, 'invalid-request', message);
    }
    request.log.error({ err: { name: error.name, code: error.code, stack: error.stack } }, 'request failed');
    return sendApiError(reply, 500, 'internal', 'The hub hit an internal error: try again, then tell IT.');
  });
  app.setNotFoundHandler((request, reply) =>
    sendApiError(
      reply,
      404,
      'not-found',
      `There is no ${request.method} ${request.url.split('?')[0]} on the hub: check the address.`,
    ),
  );
}
