// The invalid-request answer for a request's content: a plain sentence plus each field's problem (ApiError's
// `problems`), so a kiosk or desk shows them beside the fields in the visitor's language.
import type { FastifyReply } from 'fastify';
import type { ApiError, FieldProblem } from '../../../machines/contracts/index.js';

export function sendProblems(reply: FastifyReply, problems: FieldProblem[]) {
  const body: ApiError = {
    error: {
      code: 'invalid-request',
      message: `Some answers need attention (${problems.map((p) => p.field).join(', ')}): fix them and send again.`,
      problems,
    },
  };
  return reply.code(400).type('application/json; charset=utf-8').send(body);
}
