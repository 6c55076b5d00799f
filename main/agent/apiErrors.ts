// Maps what can go wrong in a kiosk bridge call to the contract's ApiError and an HTTP status.
import type { z } from 'zod';
import {
  type ApiError,
  type ApiErrorCode,
  type FieldProblem,
  HubError,
  HubUnreachableError,
} from '../../machines/contracts/index.js';

export interface KioskFailure {
  status: number;
  body: ApiError;
}

/**
 * The agent itself refuses a call (not enrolled, out of service, too many tickets, an invalid service request
 * with its field `problems`); the message is for people.
 */
export class KioskRefusal extends Error {
  override name = 'KioskRefusal';
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly problems?: FieldProblem[],
  ) {
    super(message);
  }
}

export function failure(
  status: number,
  code: ApiErrorCode,
  message: string,
  problems?: FieldProblem[],
): KioskFailure {
  return { status, body: { error: { code, message, ...(problems ? { problems } : {}) } } };
}

/** 400 invalid-request naming the first offending field, e.g. `serviceId: use lower-case letters…`. */
export function invalidInput(error: z.ZodError): KioskFailure {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'input';
  return failure(400, 'invalid-request', `${field}: ${issue?.message ?? 'invalid input'}`);
}

/**
 * Refusals and hub errors keep their code, status and field problems; an unreachable hub is 503 `unavailable`;
 * anything else is 500.
 */
export function toKioskFailure(err: unknown): KioskFailure {
  if (err instanceof KioskRefusal) return failure(err.status, err.code, err.message, err.problems);
  if (err instanceof HubError) return failure(err.status, err.code, err.message, err.problems);
  if (err instanceof HubUnreachableError) {
    return failure(503, 'unavailable', 'The hub cannot be reached right now. Try again in a moment.');
  }
  return failure(500, 'internal', 'Something went wrong in the kiosk agent. Try again in a moment.');
}
