// Public and emergency notices: what a supervisor publishes (severity, text per language, when, where, and
// optionally which services stop issuing tickets), the staff view with its history, and what devices receive.
import { z } from 'zod';
import { LanguageCode, Slug } from './site.js';

/** `emergency` replaces the kiosk flow with a full-screen message; the others show as a banner. */
export const NoticeSeverity = z.enum(['information', 'warning', 'emergency']);

/** The notice in one language: a short headline and the plain sentences under it. */
export const NoticeMessage = z.strictObject({
  headline: z.string().trim().min(1).max(120),
  body: z.string().trim().max(1000).default(''),
});

/** Text per language; English is required, a missing language falls back to English (visibly). */
export const NoticeMessages = z
  .record(LanguageCode, NoticeMessage)
  .refine((messages) => messages.en !== undefined, {
    message: 'English text is required',
    path: ['en'],
  });

/** Which devices show it: any of kiosks, displays, desks; `deviceIds` narrows kiosks and displays to some. */
export const NoticeTargets = z
  .strictObject({
    kiosks: z.boolean(),
    displays: z.boolean(),
    desks: z.boolean(),
    deviceIds: z
      .array(z.string().min(1).max(64))
      .max(200)
      .nullable()
      .default(null)
      .describe('null: every kiosk and display of the kinds chosen; otherwise only these devices'),
  })
  .refine((t) => t.kiosks || t.displays || t.desks, { message: 'choose at least one kind of device' });

/** A "closing early" notice can also stop ticket issuing for chosen services from a given time. */
export const NoticeClosing = z.strictObject({
  serviceIds: z.array(Slug).min(1).max(50),
  from: z.iso.datetime().describe('From this moment kiosks and the hub issue no tickets for these services'),
});

/** What a supervisor publishes or changes (POST /api/notices, POST /api/notices/:noticeId). */
export const NoticeBody = z
  .strictObject({
    severity: NoticeSeverity,
    messages: NoticeMessages,
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime().nullable().describe('null: until withdrawn'),
    targets: NoticeTargets,
    closing: NoticeClosing.nullable().default(null),
  })
  .refine((n) => n.endsAt === null || n.endsAt > n.startsAt, {
    message: '"ends" must be later than "starts"',
    path: ['endsAt'],
  });

/** What a device shows: no author, nothing staff-only. `version` grows with every change. */
export const DeviceNotice = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  severity: NoticeSeverity,
  messages: z.record(LanguageCode, NoticeMessage),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime().nullable(),
  closing: NoticeClosing.nullable(),
});

/** The staff view: the device view plus targets, who published and changed it, and a withdrawal. */
export const Notice = DeviceNotice.extend({
  targets: NoticeTargets,
  publishedAt: z.iso.datetime(),
  publishedBy: z.string().describe('Staff username'),
  updatedAt: z.iso.datetime(),
  withdrawnAt: z.iso.datetime().nullable(),
  withdrawnBy: z.string().nullable(),
  withdrawnReason: z.string().nullable().describe('Why it was withdrawn; staff only, null when none given'),
});

export const NoticeList = z.object({
  /** Not withdrawn and not ended, plus those that ended or were withdrawn in the last 7 days, newest first. */
  notices: z.array(Notice),
});

export const NoticeResult = z.object({ notice: Notice });

export const WithdrawNoticeBody = z.strictObject({
  reason: z.string().trim().max(200).default('').describe('Audit note; never shown to visitors'),
});

/**
 * The notices a device should know about: not withdrawn, not ended, targeted at it (including ones that start
 * later, so the device starts and ends them on time by its own clock even while cut off from the hub).
 */
export const DeviceNotices = z.object({
  notices: z.array(DeviceNotice),
});

export type NoticeSeverity = z.infer<typeof NoticeSeverity>;
export type NoticeMessage = z.infer<typeof NoticeMessage>;
export type NoticeMessages = z.infer<typeof NoticeMessages>;
export type NoticeTargets = z.infer<typeof NoticeTargets>;
export type NoticeClosing = z.infer<typeof NoticeClosing>;
export type NoticeBody = z.infer<typeof NoticeBody>;
export type DeviceNotice = z.infer<typeof DeviceNotice>;
export type Notice = z.infer<typeof Notice>;
export type NoticeList = z.infer<typeof NoticeList>;
export type WithdrawNoticeBody = z.infer<typeof WithdrawNoticeBody>;
export type DeviceNotices = z.infer<typeof DeviceNotices>;
