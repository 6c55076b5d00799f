// Site configuration schema: the services, queues, counters, outcomes and languages of one 311 lobby.
import { z } from 'zod';

/** Lower-case identifier used for services, queues, counters and outcomes, e.g. `utility-bills`. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'use lower-case letters, digits and dashes (at most 40)')
  .describe('Stable identifier, e.g. "utility-bills"');

/** BCP 47 language tag we support: `en`, `es`, `zh-Hans`, `ase` (American Sign Language). */
export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'use a language tag such as "en", "es" or "zh-Hans"')
  .describe('BCP 47 language tag, e.g. "es"');

export const QueueConfig = z.object({
  id: Slug,
  prefix: z
    .string()
    .regex(/^[A-Z]{1,2}$/, 'use one or two capital letters')
    .describe('Printed before the number, e.g. "A" in A042'),
  name: z.string().min(1).max(80).describe('Staff-facing name of the queue'),
  lastNumber: z.number().int().min(9).max(9999).default(999).describe('Highest number issued in one day'),
});

export const ServiceConfig = z.object({
  id: Slug,
  queueId: Slug.describe('The queue visitors for this service wait in'),
  name: z.string().min(1).max(80).describe('Staff-facing English name; visitors see the catalog text'),
});

export const CounterConfig = z.object({
  id: Slug,
  name: z.string().min(1).max(40).describe('Staff-facing name, e.g. "Counter 3"'),
  displayName: z.string().min(1).max(12).describe('What the lobby display shows and speaks, e.g. "3"'),
});

export const OutcomeConfig = z.object({
  id: Slug,
  name: z.string().min(1).max(80).describe('Staff-facing label, e.g. "Resolved at first contact"'),
});

export const KioskTimings = z.object({
  idleWarningSeconds: z.number().int().min(10).max(600).default(60),
  idleGraceSeconds: z.number().int().min(20).max(300).default(30),
  ticketShownSeconds: z.number().int().min(5).max(120).default(20),
});

/** How long personal data is kept before the hub's scheduled purge anonymises or deletes it. */
export const RetentionConfig = z.object({
  visitDays: z.number().int().min(1).max(3650).default(30).describe('Then tickets lose needs and device'),
  auditDays: z.number().int().min(30).max(3650).default(730).describe('Then audit entries are deleted'),
});

/** Hub hardening: extra origins allowed to POST and open WebSockets, and per-minute request budgets. */
export const SecurityConfig = z.object({
  allowedOrigins: z.array(z.url()).default([]).describe('Besides the hub, e.g. "https://desk.example"'),
  rateLimits: z
    .object({
      loginPerMinute: z.number().int().min(1).default(10).describe('Per client address'),
      enrolPerMinute: z.number().int().min(1).default(10).describe('Per client address'),
      kioskPerMinute: z.number().int().min(1).default(60).describe('Tickets issued per device credential'),
      generalPerMinute: z.number().int().min(1).default(3000).describe('Any request, per client address'),
    })
    .default({ loginPerMinute: 10, enrolPerMinute: 10, kioskPerMinute: 60, generalPerMinute: 3000 }),
});

export const SiteConfig = z
  .object({
    site: z.object({
      id: Slug,
      name: z.string().min(1).max(80),
      address: z.string().min(1).max(200),
      timeZone: z.string().min(1).describe('IANA time zone the numbering day follows'),
    }),
    languages: z.array(LanguageCode).min(1).describe('Kiosk languages, in the order shown'),
    queues: z.array(QueueConfig).min(1),
    services: z.array(ServiceConfig).min(1),
    counters: z.array(CounterConfig).min(1),
    outcomes: z.array(OutcomeConfig).min(1),
    kiosk: KioskTimings.default({ idleWarningSeconds: 60, idleGraceSeconds: 30, ticketShownSeconds: 20 }),
    publicBaseUrl: z
      .url()
      .describe('Base URL printed in the ticket QR code')
      .default('http://127.0.0.1:8311'),
    retention: RetentionConfig.default({ visitDays: 30, auditDays: 730 }),
    security: SecurityConfig.default({
      allowedOrigins: [],
      rateLimits: { loginPerMinute: 10, enrolPerMinute: 10, kioskPerMinute: 60, generalPerMinute: 3000 },
    }),
  })
  .superRefine((config, ctx) => {
    const unique = (path: string, ids: string[]) => {
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [path], message: `duplicate id "${id}"` });
        seen.add(id);
      }
    };
    unique(
      'queues',
      config.queues.map((q) => q.id),
    );
    unique(
      'queues',
      config.queues.map((q) => q.prefix),
    );
    unique(
      'services',
      config.services.map((s) => s.id),
    );
    unique(
      'counters',
      config.counters.map((c) => c.id),
    );
    unique(
      'outcomes',
      config.outcomes.map((o) => o.id),
    );
    const queueIds = new Set(config.queues.map((q) => q.id));
    config.services.forEach((service, i) => {
      if (!queueIds.has(service.queueId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'queueId'],
          message: `unknown queue "${service.queueId}"`,
        });
      }
    });
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: config.site.timeZone });
    } catch {
      ctx.addIssue({
        code: 'custom',
        path: ['site', 'timeZone'],
        message: `unknown time zone "${config.site.timeZone}"`,
      });
    }
  });

export type SiteConfig = z.infer<typeof SiteConfig>;
export type ServiceConfig = z.infer<typeof ServiceConfig>;
export type QueueConfig = z.infer<typeof QueueConfig>;
export type CounterConfig = z.infer<typeof CounterConfig>;
export type OutcomeConfig = z.infer<typeof OutcomeConfig>;
export type RetentionConfig = z.infer<typeof RetentionConfig>;
export type SecurityConfig = z.infer<typeof SecurityConfig>;
