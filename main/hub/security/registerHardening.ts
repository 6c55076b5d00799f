// Registers the hub's hardening in one call: headers, origin checks, rate limits, audit hooks, retention purge.
import type Database from 'better-sqlite3';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Principal, SiteConfig } from '../../../machines/contracts/index.js';
import { registerAuditHooks } from '../audit/auditHooks.js';
import { type AuditLog, createAuditLog } from '../audit/auditLog.js';
import { registerAuditRoutes } from '../audit/auditRoutes.js';
import { createPurge } from '../retention/purge.js';
import { type RetentionTimers, scheduleRetention } from '../retention/retentionSchedule.js';
import { allowTicketAnonymisation } from '../retention/retentionSchema.js';
import { registerOriginCheck } from './originCheck.js';
import { registerRateLimits } from './rateLimits.js';
import { registerSecurityHeaders } from './securityHeaders.js';

export interface HardeningOptions {
  /** The open hub database (migrated); the hub closes it after the app. */
  db: Database.Database;
  config: SiteConfig;
  now: () => Date;
  /** The hub serves HTTPS (adds HSTS). */
  tls: boolean;
  /** The caller the auth layer attached to a request, if any. */
  principalOf(request: FastifyRequest): Principal | undefined;
  /** Timer functions of the hourly purge (tests pass fakes). */
  retentionTimers?: RetentionTimers;
}

export interface Hardening {
  audit: AuditLog;
  /** Adds the audit routes; call it with the other API routes, after the access guard is registered. */
  registerRoutes(app: FastifyInstance): void;
}

export function registerHardening(app: FastifyInstance, options: HardeningOptions): Hardening {
  const { config, now, db } = options;
  registerSecurityHeaders(app, { tls: options.tls });
  registerOriginCheck(app, config.security.allowedOrigins);
  registerRateLimits(app, config.security.rateLimits, () => now().getTime());

  const audit = createAuditLog(db, config.retention.auditDays, now, {
    onWriteError: (error) =>
      app.log.error({ err: { name: (error as Error).name } }, 'audit entries could not be written'),
  });
  allowTicketAnonymisation(db);
  const findUsername = db.prepare('SELECT username FROM staff_users WHERE username = ?').pluck();
  registerAuditHooks(app, {
    log: audit,
    principalOf: options.principalOf,
    knownUsername: (typed) => findUsername.get(typed) as string | undefined,
  });

  const schedule = scheduleRetention(
    createPurge(db, audit, config.retention, now),
    {
      done: (result) => app.log.info({ retention: result }, 'retention purge done'),
      failed: (error) => app.log.error({ err: { name: (error as Error).name } }, 'retention purge failed'),
    },
    options.retentionTimers,
  );
  app.addHook('onClose', async () => {
    schedule.stop();
    audit.flush();
  });
  return { audit, registerRoutes: (target) => registerAuditRoutes(target, audit, now) };
}
