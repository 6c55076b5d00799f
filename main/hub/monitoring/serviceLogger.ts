// The JSON logger of the hub and the kiosk agent (pino): stdout, or a rotated file (pino-roll); request lines
// carry the method, route pattern and status only; headers, bodies, query strings and personal fields never.
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';

export interface ServiceLoggerOptions {
  /** Which process logs (`hub` by default, `agent`): the `service` field of every line. */
  service?: string;
  /** A log file, rotated by size and daily (null/absent: JSON lines on stdout, for systemd's journal). */
  file?: string | null;
  /** pino level: fatal, error, warn, info (default), debug, trace or silent. */
  level?: string;
  /** Rotate when the file reaches this size (pino-roll units: `10m` default, `512k`, `200b`). */
  size?: string;
  /** Rotated files kept besides the current one (default 14). */
  keep?: number;
}

/** Fields that may hold personal data (names, phones, emails, addresses, free text, notes) or secrets. */
const sensitiveFields = [
  'name',
  'firstName',
  'lastName',
  'displayName',
  'username',
  'phone',
  'email',
  'address',
  'contact',
  'description',
  'text',
  'note',
  'notes',
  'answers',
  'password',
  'pin',
  'token',
  'cookie',
  'authorization',
  'headers',
  'body',
  'query',
  'payload',
  'url',
];

/** Each field at the top of a line and one level down (`err.url`, `req.headers`, `visit.notes`, …). */
export const redactedPaths = sensitiveFields.flatMap((field) => [field, `*.${field}`]);

interface RequestLike {
  method?: string;
  routeOptions?: { url?: string };
}

/**
 * An error without its message: messages can quote input (Node's JSON.parse quotes the body it failed on).
 * The stack's frames stay; its first line, which repeats the message, goes.
 */
function errorFacts(error: { name?: string; code?: unknown; statusCode?: unknown; stack?: string }) {
  return {
    type: error.name ?? 'Error',
    ...(typeof error.code === 'string' ? { code: error.code } : {}),
    ...(typeof error.statusCode === 'number' ? { statusCode: error.statusCode } : {}),
    ...(error.stack ? { stack: error.stack.split('\n').slice(1).join('\n') } : {}),
  };
}

const serializers = {
  req: (request: RequestLike) => ({ method: request.method, route: request.routeOptions?.url ?? '(none)' }),
  res: (reply: { statusCode?: number }) => ({ status: reply.statusCode }),
  err: errorFacts,
};

/** The file transports of loggers made here, so that closeServiceLogger can wait for their last line. */
const transports = new WeakMap<Logger, ReturnType<typeof pino.transport>>();

/** A pino logger for `service`; Fastify takes it as `loggerInstance`. */
export function createServiceLogger(options: ServiceLoggerOptions): Logger {
  const settings = {
    level: options.level ?? 'info',
    base: { service: options.service ?? 'hub', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers,
    redact: { paths: redactedPaths, remove: true },
  };
  if (!options.file) return pino(settings, pino.destination({ fd: 1, sync: true }));
  const transport = pino.transport({
    target: 'pino-roll',
    options: {
      file: options.file,
      size: options.size ?? '10m',
      frequency: 'daily',
      dateFormat: 'yyyy-MM-dd',
      mkdir: true,
      limit: { count: options.keep ?? 14 },
    },
  });
  const logger = pino(settings, transport);
  transports.set(logger, transport);
  return logger;
}

/** The logger `service` runs with, from the environment: LOBBY311_LOG_FILE, LOBBY311_LOG_LEVEL, LOBBY311_LOG_SIZE. */
export function serviceLoggerFromEnv(service: string, env: NodeJS.ProcessEnv): Logger {
  return createServiceLogger({
    service,
    file: env.LOBBY311_LOG_FILE || null,
    ...(env.LOBBY311_LOG_LEVEL ? { level: env.LOBBY311_LOG_LEVEL } : {}),
    ...(env.LOBBY311_LOG_SIZE ? { size: env.LOBBY311_LOG_SIZE } : {}),
  });
}

/**
 * Resolves once every line logged so far is in its file (the transport's worker has closed it) or written to its
 * descriptor. A process that exits needs none of this: pino flushes its transports at exit.
 */
export function closeServiceLogger(logger: Logger): Promise<void> {
  const transport = transports.get(logger);
  if (!transport) {
    logger.flush();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    transport.once('close', () => resolve());
    transport.end();
  });
}

/** One line per answered request: method, route pattern (never the URL, which may carry tokens) and status. */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? '(none)', status: reply.statusCode },
      'request',
    );
  });
}
