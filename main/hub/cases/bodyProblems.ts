// Reads a request body the visitor filled in: a field the visitor typed that the schema refuses (a malformed
// email, a description too long) becomes a FieldProblem the screen shows in the visitor's language; anything
// else wrong (ids, times, unknown fields) is the calling program's mistake and gets parseInput's plain error.
import type { z } from 'zod';
import type { FieldProblem } from '../../../machines/contracts/caseRequests.js';
import { parseInput } from '../routes/apiErrors.js';

const visitorFields = new Set(['serviceCode', 'answers', 'location', 'description', 'contact']);

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function problemOf(issue: z.core.$ZodIssue, value: unknown): FieldProblem | null {
  const [first, second] = issue.path;
  if (typeof first !== 'string' || !visitorFields.has(first) || issue.code === 'unrecognized_keys') {
    return null;
  }
  const field =
    (first === 'answers' || first === 'contact') && typeof second === 'string' ? `${first}.${second}` : first;
  if (issue.code === 'too_big') return { field, problem: 'too-long' };
  if (
    issue.code === 'too_small' ||
    (issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined)
  ) {
    return { field, problem: 'required' };
  }
  return { field, problem: 'invalid' };
}

/** The parsed body, or the visitor's problems; throws parseInput's invalid-request for anything else. */
export function parseVisitorBody<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; body: z.infer<S> } | { ok: false; problems: FieldProblem[] } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, body: parsed.data };
  const problems = parsed.error.issues.map((issue) => problemOf(issue, value));
  if (problems.some((p) => p === null)) parseInput(schema, value, 'body');
  return { ok: false, problems: problems as FieldProblem[] };
}
