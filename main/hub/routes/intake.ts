// GET /api/intake: per service, whether it takes visitors now, people ahead and the estimated wait (kiosks).
import type { FastifyInstance } from 'fastify';
import { hubApi, type Intake } from '../../../machines/contracts/index.js';
import type { RouteDeps } from './routeDeps.js';

export function registerIntake(app: FastifyInstance, { queue }: RouteDeps): void {
  app.get(hubApi.intake.path, async (): Promise<Intake> => queue.intake());
}
