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
  firstNumber: z.number().int().min(1).max(9999).default(1).describe('First number issued each day'),
  lastNumber: z.number().int().min(9).max(9999).default(999).describe('Highest number issued in one day'),
  offlineBand: z
    .number()
    .int()
    .min(0)
    .max(5000)
    .default(0)
    .describe(
      'The top numbers of the range kept for kiosks to issue while the hub is unreachable (0: none); the hub ' +
        'issues numbers only below them',
    ),
});

/** How kiosks keep issuing tickets while the hub is unreachable. */
export const OfflineConfig = z.object({
  leaseSize: z.number().int().min(1).max(500).describe('Numbers in one block granted to a kiosk'),
  maxLeasesPerKioskPerDay: z.number().int().min(1).max(1000),
  estimateMaxAgeMinutes: z
    .number()
    .int()
    .min(0)
    .max(120)
    .describe('An offline ticket shows people ahead only if the kiosk saw the queue this recently'),
});

/** Local wall-clock time "HH:MM" (24-hour) in the site's time zone. */
export const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour "HH:MM", e.g. "08:30"');

/** One opening period of a day; `closes` is after `opens` (no periods across midnight). */
export const OpeningPeriod = z
  .object({ opens: LocalTime, closes: LocalTime })
  .refine((p) => p.opens < p.closes, { message: '"closes" must be later than "opens"' });

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** Opening hours per weekday, site-local; a missing or empty day is closed all day. */
export const OpeningHours = z.partialRecord(Weekday, z.array(OpeningPeriod).max(4));

export const ServiceConfig = z.object({
  id: Slug,
  queueId: Slug.describe('The queue visitors for this service wait in'),
  name: z.string().min(1).max(80).describe('Staff-facing English name; visitors see the catalog text'),
  dailyCap: z
    .number()
    .int()
    .min(1)
    .nullable()
    .default(null)
    .describe('Most tickets issued for this service in one service day; null: no cap'),
  openingHours: OpeningHours.nullable()
    .default(null)
    .describe("This service's own hours; null: the site's intake hours"),
});

/** One queue a counter serves, and how strongly it favours it (a weight multiplies waiting time). */
export const CounterQueue = z.object({
  queueId: Slug,
  weight: z.number().int().min(1).max(10).default(1),
});

export const CounterConfig = z.object({
  id: Slug,
  name: z.string().min(1).max(40).describe('Staff-facing name, e.g. "Counter 3"'),
  displayName: z.string().min(1).max(12).describe('What the lobby display shows and speaks, e.g. "3"'),
  serves: z
    .array(CounterQueue)
    .default([])
    .describe('Work profile: the queues this counter calls from; empty: every queue with weight 1'),
});

/**
 * What an outcome means for 311 reporting. `referred` needs the bureau (one of `bureaus`), `case-created`
 * needs the case reference from the 311 case store; the others need no detail.
 */
export const OutcomeKind = z.enum([
  'resolved',
  'information',
  'referred',
  'case-created',
  'appointment',
  'other',
]);

export const OutcomeConfig = z.object({
  id: Slug,
  name: z.string().min(1).max(80).describe('Staff-facing label, e.g. "Resolved at first contact"'),
  kind: OutcomeKind.default('other'),
  firstContact: z
    .boolean()
    .default(false)
    .describe('Counts as resolved at first contact when it ends a visit with one transaction'),
});

export const BureauConfig = z.object({
  id: Slug,
  name: z.string().min(1).max(80).describe('e.g. "Portland Water Bureau"'),
});

/**
 * A priority class. A ticket takes the class with the largest head start whose `forNeeds` share a need with
 * the ticket (or that staff chose when issuing); otherwise the first class, which should have no head start.
 */
export const PriorityClass = z.object({
  id: Slug,
  name: z.string().min(1).max(40).describe('Staff-facing, e.g. "Accessibility priority"'),
  headStartMinutes: z
    .number()
    .int()
    .min(0)
    .max(240)
    .describe('Ranks as if it had arrived this many minutes earlier; aging lets others catch up'),
  forNeeds: z.array(z.enum(['wheelchair', 'hearing', 'vision', 'seating', 'other'])).default([]),
});

/** The rules call-next follows; see `machines/queue/ordering.ts` for the algorithm. */
export const QueuePolicy = z.object({
  classes: z.array(PriorityClass).min(1),
  ratio: z
    .object({
      standard: z.number().int().min(1).max(20).describe('Standard calls in a row before a priority turn'),
      priority: z.number().int().min(1).max(20).describe('Priority calls in a row before a standard turn'),
    })
    .nullable()
    .default(null)
    .describe('Optional interleaving at each counter when both kinds wait, e.g. 2 standard : 1 priority'),
  automaticRecallCooldownSeconds: z
    .number()
    .int()
    .min(0)
    .max(3600)
    .default(300)
    .describe('A recycled or re-queued visitor is not called again by call-next sooner than this'),
  manualRecallCooldownSeconds: z
    .number()
    .int()
    .min(0)
    .max(600)
    .default(10)
    .describe('A recall press sooner than this after the last call is refused (double presses)'),
  maxCalls: z
    .number()
    .int()
    .min(1)
    .max(10)
    .default(3)
    .describe('Calls before a visitor may only be marked no-show'),
  serviceLevelMinutes: z.number().int().min(1).max(240).default(15).describe('"% called within N minutes"'),
});

/** When kiosks issue tickets. */
export const IntakeConfig = z.object({
  openingHours: OpeningHours.nullable().describe('null: always open (demo and tests)'),
  lastTicketMinutesBeforeClose: z.number().int().min(0).max(240).default(15),
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

/** Walk-in service requests: where "here" is, how the outbox delivers to the case store, and retention. */
export const CaseRequestsConfig = z.object({
  here: z
    .object({
      address: z.string().min(1).max(200),
      lat: z.number().min(-90).max(90),
      long: z.number().min(-180).max(180),
    })
    .describe('Sent as the location when a visitor says "here / near this building"'),
  jurisdictionId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('Open311 jurisdiction_id, if the endpoint needs one'),
  receiverDeduplicates: z
    .boolean()
    .default(false)
    .describe(
      'The case store honours Idempotency-Key; otherwise the hub looks a request up before re-sending',
    ),
  concurrency: z.number().int().min(1).max(16).default(4).describe('Requests in flight at once'),
  backoff: z
    .object({
      baseSeconds: z.number().min(0.1).max(600).default(2),
      capSeconds: z.number().min(1).max(86400).default(600),
    })
    .default({ baseSeconds: 2, capSeconds: 600 }),
  breaker: z
    .object({
      failures: z
        .number()
        .int()
        .min(1)
        .max(100)
        .default(5)
        .describe('Consecutive transient failures to open'),
      openSeconds: z.number().min(1).max(3600).default(30).describe('First pause; doubles up to capSeconds'),
    })
    .default({ failures: 5, openSeconds: 30 }),
  reviewAfterHours: z
    .number()
    .min(1)
    .max(24 * 30)
    .default(72)
    .describe('A request still failing this long after capture goes to the review list'),
  tokenPollSeconds: z
    .number()
    .min(1)
    .max(3600)
    .default(30)
    .describe('Batch services: how often to ask for the id'),
  catalogRefreshMinutes: z.number().min(1).max(10080).default(60),
  requestTimeoutSeconds: z.number().min(1).max(300).default(20),
  personalDataDays: z
    .number()
    .int()
    .min(0)
    .max(3650)
    .default(0)
    .describe('Days after the case store confirms receipt before contact details and content are purged'),
});

/** Information and referral at the kiosk. */
export const InformationConfig = z.object({
  deskServiceId: Slug.nullable()
    .default(null)
    .describe(
      'The service whose queue "Talk to someone" joins when a topic names none; null: no such button',
    ),
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
    bureaus: z.array(BureauConfig).default([]).describe('Where a visitor can be referred'),
    policy: QueuePolicy.default({
      classes: [{ id: 'standard', name: 'Standard', headStartMinutes: 0, forNeeds: [] }],
      ratio: null,
      automaticRecallCooldownSeconds: 300,
      manualRecallCooldownSeconds: 10,
      maxCalls: 3,
      serviceLevelMinutes: 15,
    }),
    intake: IntakeConfig.default({ openingHours: null, lastTicketMinutesBeforeClose: 15 }),
    offline: OfflineConfig.default({ leaseSize: 10, maxLeasesPerKioskPerDay: 20, estimateMaxAgeMinutes: 5 }),
    kiosk: KioskTimings.default({ idleWarningSeconds: 60, idleGraceSeconds: 30, ticketShownSeconds: 20 }),
    publicBaseUrl: z
      .url()
      .describe('Base URL printed in the ticket QR code')
      .default('http://127.0.0.1:8311'),
    retention: RetentionConfig.default({ visitDays: 30, auditDays: 730 }),
    caseRequests: CaseRequestsConfig.default({
      here: { address: '1120 SW 5th Ave, Portland, OR 97204', lat: 45.5155, long: -122.6789 },
      receiverDeduplicates: false,
      concurrency: 4,
      backoff: { baseSeconds: 2, capSeconds: 600 },
      breaker: { failures: 5, openSeconds: 30 },
      reviewAfterHours: 72,
      tokenPollSeconds: 30,
      catalogRefreshMinutes: 60,
      requestTimeoutSeconds: 20,
      personalDataDays: 0,
    }),
    information: InformationConfig.default({ deskServiceId: null }),
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
    config.queues.forEach((q, i) => {
      const size = q.lastNumber - q.firstNumber + 1;
      if (q.offlineBand >= size) {
        ctx.addIssue({
          code: 'custom',
          path: ['queues', i, 'offlineBand'],
          message: `offlineBand ${q.offlineBand} leaves no numbers for the hub (the range holds ${size})`,
        });
      }
    });
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
    unique(
      'bureaus',
      config.bureaus.map((b) => b.id),
    );
    unique(
      'policy',
      config.policy.classes.map((c) => c.id),
    );
    const queueIds = new Set(config.queues.map((q) => q.id));
    config.counters.forEach((counter, i) => {
      counter.serves.forEach((served, j) => {
        if (!queueIds.has(served.queueId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['counters', i, 'serves', j, 'queueId'],
            message: `unknown queue "${served.queueId}"`,
          });
        }
      });
    });
    config.queues.forEach((queue, i) => {
      if (queue.firstNumber > queue.lastNumber) {
        ctx.addIssue({
          code: 'custom',
          path: ['queues', i, 'firstNumber'],
          message: 'firstNumber must not be above lastNumber',
        });
      }
    });
    if (config.outcomes.some((o) => o.kind === 'referred') && config.bureaus.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['bureaus'],
        message: 'a "referred" outcome needs at least one bureau',
      });
    }
    config.services.forEach((service, i) => {
      if (!queueIds.has(service.queueId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'queueId'],
          message: `unknown queue "${service.queueId}"`,
        });
      }
    });
    const deskServiceId = config.information.deskServiceId;
    if (deskServiceId !== null && !config.services.some((s) => s.id === deskServiceId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['information', 'deskServiceId'],
        message: `unknown service "${deskServiceId}"`,
      });
    }
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
export type OfflineConfig = z.infer<typeof OfflineConfig>;
export type CounterConfig = z.infer<typeof CounterConfig>;
export type OutcomeConfig = z.infer<typeof OutcomeConfig>;
export type RetentionConfig = z.infer<typeof RetentionConfig>;
export type CaseRequestsConfig = z.infer<typeof CaseRequestsConfig>;
export type SecurityConfig = z.infer<typeof SecurityConfig>;
export type InformationConfig = z.infer<typeof InformationConfig>;
export type OpeningHours = z.infer<typeof OpeningHours>;
export type OpeningPeriod = z.infer<typeof OpeningPeriod>;
export type Weekday = z.infer<typeof Weekday>;
export type CounterQueue = z.infer<typeof CounterQueue>;
export type OutcomeKind = z.infer<typeof OutcomeKind>;
export type BureauConfig = z.infer<typeof BureauConfig>;
export type PriorityClass = z.infer<typeof PriorityClass>;
export type QueuePolicy = z.infer<typeof QueuePolicy>;
export type IntakeConfig = z.infer<typeof IntakeConfig>;
