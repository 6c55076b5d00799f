// The answers of /healthz and /readyz on the hub and the kiosk agent: unauthenticated, nothing personal.
import { z } from 'zod';

/** /healthz: the process answers and its event loop turns (200 only; no answer means not alive). */
export const Liveness = z.object({
  status: z.literal('ok'),
  eventLoopLagSeconds: z.number().min(0).describe('Time for the event loop to turn once, measured now'),
  uptimeSeconds: z.number().min(0),
});

/** One readiness condition and whether it holds; `reason` says what is wrong in a plain sentence. */
export const ReadinessCheck = z.object({
  name: z.string(),
  ok: z.boolean(),
  reason: z.string().nullable(),
  detail: z.string().optional().describe('What was found, when it helps (the printer state of a kiosk)'),
});

/** /readyz: 200 with status "ready", or 503 with status "not-ready" and the failing checks' reasons. */
export const Readiness = z.object({
  status: z.enum(['ready', 'not-ready']),
  reason: z.string().nullable().describe('The first failing check, in a sentence (null when ready)'),
  checks: z.array(ReadinessCheck),
});

export type Liveness = z.infer<typeof Liveness>;
export type ReadinessCheck = z.infer<typeof ReadinessCheck>;
export type Readiness = z.infer<typeof Readiness>;
