// Information and referral: topics grouped plainly, each in every kiosk language (what it is, where to go,
// hours, phone, web address), published as numbered versions; and the anonymous record of information visits.
import { z } from 'zod';
import { LanguageCode, OpeningHours, Slug } from './site.js';

/** A group's name in one language. */
export const InfoGroupText = z.strictObject({ name: z.string().trim().min(1).max(80) });

/** One topic's words in one language. `basedOn` says which English revision a translation was made from. */
export const InfoTopicText = z.strictObject({
  title: z.string().trim().min(1).max(120),
  summary: z.string().trim().max(600).describe('What it is, in one to three plain sentences'),
  placeName: z.string().trim().max(120).describe('Where to go, e.g. "Water Bureau customer service"'),
  addressLines: z
    .array(z.string().trim().min(1).max(120))
    .max(4)
    .describe('e.g. ["1120 SW 5th Ave", "Room 110"]'),
  hoursNote: z.string().trim().max(200).describe('Extra words about hours, e.g. "Closed on City holidays"'),
  keywords: z
    .array(z.string().trim().min(1).max(60))
    .max(30)
    .describe('More words a visitor might search for'),
  basedOn: z
    .number()
    .int()
    .min(1)
    .describe('The English revision this text was written from; English: its own revision'),
});

export const InfoGroup = z.strictObject({
  id: Slug,
  /** English required. */
  texts: z.record(LanguageCode, InfoGroupText).refine((t) => t.en !== undefined, {
    message: 'English name is required',
    path: ['en'],
  }),
});

export const InfoTopic = z.strictObject({
  id: Slug,
  groupId: Slug,
  /** Bumped whenever the English text changes; translations with a lower `basedOn` are out of date. */
  revision: z.number().int().min(1),
  phone: z.string().trim().max(40).nullable().describe('As dialled locally, e.g. "503-823-4000" or "211"'),
  webUrl: z.url().nullable().describe('Printed as text and as a QR code on the referral slip'),
  hours: OpeningHours.nullable().describe(
    'Structured weekly hours, shown in the visitor language; null: none',
  ),
  /** The service whose queue "Talk to someone" joins; null: the site's information desk. */
  deskServiceId: Slug.nullable().default(null),
  /** English required. */
  texts: z.record(LanguageCode, InfoTopicText).refine((t) => t.en !== undefined, {
    message: 'English text is required',
    path: ['en'],
  }),
});

/** What a supervisor publishes: the groups (in display order) and topics (in order within their group). */
export const InfoContentBody = z
  .strictObject({
    groups: z.array(InfoGroup).min(1).max(30),
    topics: z.array(InfoTopic).max(300),
  })
  .superRefine((content, ctx) => {
    const groupIds = new Set<string>();
    content.groups.forEach((g, i) => {
      if (groupIds.has(g.id))
        ctx.addIssue({ code: 'custom', path: ['groups', i, 'id'], message: `duplicate group "${g.id}"` });
      groupIds.add(g.id);
    });
    const topicIds = new Set<string>();
    content.topics.forEach((t, i) => {
      if (topicIds.has(t.id))
        ctx.addIssue({ code: 'custom', path: ['topics', i, 'id'], message: `duplicate topic "${t.id}"` });
      topicIds.add(t.id);
      if (!groupIds.has(t.groupId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['topics', i, 'groupId'],
          message: `unknown group "${t.groupId}"`,
        });
      }
      for (const [language, text] of Object.entries(t.texts)) {
        if (text.basedOn > t.revision) {
          ctx.addIssue({
            code: 'custom',
            path: ['topics', i, 'texts', language, 'basedOn'],
            message: `basedOn ${text.basedOn} is later than the topic's revision ${t.revision}`,
          });
        }
      }
    });
  });

/** A published version of the content. Version 0 is the starter set shipped in assets/ (never published). */
export const InfoContent = z.object({
  version: z.number().int().min(0),
  publishedAt: z.iso.datetime().nullable(),
  publishedBy: z.string().nullable().describe('Staff username; null for the shipped starter set'),
  groups: z.array(InfoGroup),
  topics: z.array(InfoTopic),
});

export const PublishInfoBody = z.strictObject({
  content: InfoContentBody,
  /** The version the editor started from; a different current version is a conflict (someone else published). */
  baseVersion: z.number().int().min(0),
  note: z.string().trim().max(200).default('').describe('What changed, for the version history'),
});

export const InfoVersionSummary = z.object({
  version: z.number().int().min(1),
  publishedAt: z.iso.datetime(),
  publishedBy: z.string(),
  note: z.string(),
  topicCount: z.number().int().min(0),
  /** Set when this version restored an earlier one (undo). */
  restoredFrom: z.number().int().min(0).nullable(),
});

export const InfoVersionList = z.object({
  current: z.number().int().min(0),
  versions: z.array(InfoVersionSummary).describe('Newest first'),
});

export const RestoreInfoBody = z.strictObject({
  baseVersion: z.number().int().min(0).describe('The current version the supervisor saw'),
});

/**
 * One information-only visit at a kiosk, recorded anonymously: which topics were opened, in which language,
 * and whether it ended in a printed slip or a ticket. No search words (they may be personal), no device.
 */
export const InfoVisit = z.strictObject({
  id: z.uuid().describe('Generated by the kiosk once per visit; a retry does not count twice'),
  at: z.iso.datetime().describe('When the visit began'),
  language: LanguageCode,
  contentVersion: z.number().int().min(0),
  topicIds: z.array(Slug).max(50).describe('Topics opened, in order, each once'),
  printedTopicIds: z.array(Slug).max(50),
  /** The topic "Talk to someone" was pressed on (the visit became a ticket), or null. */
  ticketTopicId: Slug.nullable(),
});

export const InfoVisitResult = z.object({ recorded: z.boolean().describe('false: already recorded') });

export const InfoReportQuery = z.strictObject({
  from: z.iso.date().describe('Site-local date, inclusive'),
  to: z.iso.date().describe('Site-local date, inclusive'),
});

/** Counts per topic and language over a date range, with totals per language. */
export const InfoVisitReport = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  visits: z.number().int().min(0),
  byLanguage: z.array(
    z.object({
      language: LanguageCode,
      visits: z.number().int().min(0),
      printed: z.number().int().min(0).describe('Visits that printed at least one slip'),
      tickets: z.number().int().min(0).describe('Visits that ended in a ticket'),
    }),
  ),
  byTopic: z.array(
    z.object({
      topicId: Slug,
      language: LanguageCode,
      views: z.number().int().min(0),
      printed: z.number().int().min(0),
      tickets: z.number().int().min(0),
    }),
  ),
});

export type InfoGroupText = z.infer<typeof InfoGroupText>;
export type InfoTopicText = z.infer<typeof InfoTopicText>;
export type InfoGroup = z.infer<typeof InfoGroup>;
export type InfoTopic = z.infer<typeof InfoTopic>;
export type InfoContentBody = z.infer<typeof InfoContentBody>;
export type InfoContent = z.infer<typeof InfoContent>;
export type PublishInfoBody = z.infer<typeof PublishInfoBody>;
export type InfoVersionSummary = z.infer<typeof InfoVersionSummary>;
export type InfoVersionList = z.infer<typeof InfoVersionList>;
export type RestoreInfoBody = z.infer<typeof RestoreInfoBody>;
export type InfoVisit = z.infer<typeof InfoVisit>;
export type InfoVisitResult = z.infer<typeof InfoVisitResult>;
export type InfoReportQuery = z.infer<typeof InfoReportQuery>;
export type InfoVisitReport = z.infer<typeof InfoVisitReport>;
