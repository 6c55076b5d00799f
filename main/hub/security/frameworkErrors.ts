// Answers the errors Fastify raises before routing (bad %-escapes, over-long path parts) as contract ApiErrors.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { sendApiError } from '../routes/apiErrors.js';

/** Fastify's `frameworkErrors` option: never echoes the address back (it may hold whatever was typed). */
export function answerFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    sendApiError(
      reply,
      414,
      'invalid-request',
      'A part of the address is too long: check the link and try again.',
    );
    return;
  }
  sendApiError(reply, 400, 'invalid-request', 'The address is malformed: check the link and try again.');
}
