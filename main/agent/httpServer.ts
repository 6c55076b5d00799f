// Browser mode: serves the kiosk screen and the kiosk bridge (`POST /kiosk-api/<method>`) on 127.0.0.1 only.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import type { KioskBridge } from '../../machines/contracts/index.js';
import { registerRequestLog } from '../hub/monitoring/serviceLogger.js';
import { rendererDist } from '../paths.js';
import { failure } from './apiErrors.js';
import { dispatchKioskCall } from './dispatchKioskCall.js';
import { registerAgentMonitoring } from './monitoring/agentMonitoring.js';
import { securityHeaders } from './securityHeaders.js';

export const AGENT_HOST = '127.0.0.1';

export interface AgentHttpOptions {
  service: KioskBridge;
  /** Where the built screens are (default dist/renderer). */
  rendererDir?: string;
  /** Hears unexpected errors; never given the visitor's input. */
  onError?: (method: string, err: unknown) => void;
  /** The JSON logger (hub/monitoring/serviceLogger.ts): one line per request (method, route, status). */
  logger?: FastifyBaseLogger;
}

const loopbackNames = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Only loopback host names: a page on another name (DNS rebinding) cannot reach the bridge. */
function hostAllowed(request: FastifyRequest): boolean {
  return loopbackNames.has(request.hostname);
}

/** A cross-site page must not print tickets: an Origin, when sent, must be this server's own. */
function originAllowed(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  return origin === undefined || origin === `${request.protocol}://${request.host}`;
}

function refuse(reply: FastifyReply, message: string): FastifyReply {
  const f = failure(403, 'invalid-request', message);
  return reply.code(f.status).send(f.body);
}

export async function createAgentHttpServer(options: AgentHttpOptions): Promise<FastifyInstance> {
  const rendererDir = options.rendererDir ?? rendererDist;
  // A walk-in request may carry 3,900 characters of 4-byte script plus answers and contact details.
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : {}),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
  });
  registerRequestLog(app);

  app.addHook('onRequest', async (request, reply) => {
    reply.headers(securityHeaders);
    if (!hostAllowed(request)) return refuse(reply, 'This kiosk agent only answers on 127.0.0.1.');
  });

  await app.register(fastifyStatic, { root: rendererDir, prefix: '/app/', index: false, list: false });

  app.get('/', async (_request, reply) => reply.redirect('/kiosk'));
  registerAgentMonitoring(app, { status: () => options.service.getStatus({}) });

  app.get('/kiosk', async (_request, reply) => {
    let html: string;
    try {
      html = await readFile(join(rendererDir, 'kiosk.html'), 'utf8');
    } catch {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The kiosk screen is not built yet: run npm run build first, then reload this page.\n');
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  });

  app.post<{ Params: { method: string } }>('/kiosk-api/:method', async (request, reply) => {
    if (!originAllowed(request)) return refuse(reply, 'Requests from other sites are not accepted.');
    const result = await dispatchKioskCall(
      options.service,
      request.params.method,
      request.body,
      options.onError,
    );
    reply.header('cache-control', 'no-store');
    if (result.ok) return reply.send(result.value);
    return reply.code(result.status).send({ error: result.error });
  });

  app.setErrorHandler((err: { statusCode?: number }, _request, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    const f =
      status === 500
        ? failure(500, 'internal', 'Something went wrong in the kiosk agent. Try again in a moment.')
        : failure(status, 'invalid-request', 'The request could not be read: send a JSON object.');
    return reply.code(f.status).send(f.body);
  });

  app.setNotFoundHandler((request, reply) => {
    const f = failure(404, 'not-found', `nothing at ${request.method} ${request.url.split('?')[0]}`);
    return reply.code(f.status).send(f.body);
  });

  return app;
}
