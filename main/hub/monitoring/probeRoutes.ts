// GET /healthz, /readyz and /metrics for a Lobby 311 process (hub or kiosk agent): no sign-in for the probes,
// an optional bearer token for the metrics; nothing personal in any answer.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Readiness, ReadinessCheck } from '../../../machines/contracts/index.js';
import { liveness } from './processMetrics.js';
import { type MetricFamily, prometheusContentType, toPrometheusText } from './promText.js';

export const probePaths = { liveness: '/healthz', readiness: '/readyz', metrics: '/metrics' } as const;

export interface ProbeSources {
  /** The conditions for serving; the process is ready when every one holds. */
  readiness(): Promise<readonly ReadinessCheck[]> | readonly ReadinessCheck[];
  metrics(): Promise<readonly MetricFamily[]> | readonly MetricFamily[];
  /** When set, /metrics needs `Authorization: Bearer <token>` (null: open, for a LAN-only or loopback port). */
  metricsToken: string | null;
}

/** The readiness answer for `checks`: the first failing check's reason is the headline. */
export function readinessOf(checks: readonly ReadinessCheck[]): Readiness {
  const failing = checks.find((check) => !check.ok);
  return {
    status: failing ? 'not-ready' : 'ready',
    reason: failing ? (failing.reason ?? `${failing.name} failed`) : null,
    checks: [...checks],
  };
}

/** A check that holds unless `test` throws; the thrown message (never personal) becomes the reason. */
export function checkThat(
  name: string,
  test: () => void,
  explain: (message: string) => string,
): ReadinessCheck {
  try {
    test();
    return { name, ok: true, reason: null };
  } catch (error) {
    return { name, ok: false, reason: explain((error as Error).message) };
  }
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

const noStore = (reply: FastifyReply) => reply.header('cache-control', 'no-store');

export function registerProbeRoutes(app: FastifyInstance, sources: ProbeSources): void {
  app.get(probePaths.liveness, async (_request, reply) => {
    noStore(reply);
    return liveness();
  });

  app.get(probePaths.readiness, async (_request, reply) => {
    noStore(reply);
    const answer = readinessOf(await sources.readiness());
    return reply.code(answer.status === 'ready' ? 200 : 503).send(answer);
  });

  app.get(probePaths.metrics, async (request, reply) => {
    noStore(reply);
    if (sources.metricsToken !== null && !tokenMatches(request.headers.authorization, sources.metricsToken)) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .type('text/plain; charset=utf-8')
        .send('Send the metrics token as "Authorization: Bearer <token>" (LOBBY311_METRICS_TOKEN).\n');
    }
    return reply.type(prometheusContentType).send(toPrometheusText(await sources.metrics()));
  });
}
