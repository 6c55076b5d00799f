// The notice form's state and how it becomes a NoticeBody: times read in the site's zone, languages left empty
// dropped (they show English), then checked with the contract's own schema; each problem names the field to
// fix, in the order the form shows them.
import type { z } from 'zod';
import { type Notice, NoticeBody, type NoticeSeverity } from '../../../../machines/contracts/notices.js';
import { languageName } from '../../desk/ticketFacts.js';
import { t } from './noticesText.js';
import { isoOfSiteLocal, siteLocalOfIso } from './siteLocalTime.js';

export interface DraftText {
  headline: string;
  body: string;
}

export interface NoticeDraft {
  severity: NoticeSeverity;
  /** Per site language; English always present. */
  texts: Record<string, DraftText>;
  /** datetime-local values on the site's clock; `endsAt` '' means until withdrawn. */
  startsAt: string;
  endsAt: string;
  kiosks: boolean;
  displays: boolean;
  desks: boolean;
  onlyDevices: boolean;
  deviceIds: string[];
  closing: boolean;
  closingServiceIds: string[];
  closingFrom: string;
}

/** A problem to fix: the id of the field it is about, and what to do. */
export interface DraftProblem {
  fieldId: string;
  text: string;
}

export type DraftResult = { kind: 'ok'; body: NoticeBody } | { kind: 'invalid'; problems: DraftProblem[] };

/** Field ids, shared by the form and the error summary's links. */
export const fieldIds = {
  severity: 'notice-severity-information',
  headline: (language: string) => `notice-${language}-headline`,
  body: (language: string) => `notice-${language}-body`,
  startsAt: 'notice-starts',
  endsAt: 'notice-ends',
  targets: 'notice-target-kiosks',
  devices: 'notice-only-devices',
  closingServices: 'notice-closing-services',
  closingFrom: 'notice-closing-from',
} as const;

const emptyText: DraftText = { headline: '', body: '' };
const withEnglish = (languages: readonly string[]) => ['en', ...languages.filter((l) => l !== 'en')];

/** A blank form: information, starting now (to the minute), on kiosks, displays and desks, until withdrawn. */
export function newDraft(languages: readonly string[], now: Date, timeZone: string): NoticeDraft {
  return {
    severity: 'information',
    texts: Object.fromEntries(withEnglish(languages).map((language) => [language, { ...emptyText }])),
    startsAt: siteLocalOfIso(now.toISOString(), timeZone),
    endsAt: '',
    kiosks: true,
    displays: true,
    desks: true,
    onlyDevices: false,
    deviceIds: [],
    closing: false,
    closingServiceIds: [],
    closingFrom: '',
  };
}

/** The form prefilled from a published notice (Edit). */
export function draftOfNotice(notice: Notice, languages: readonly string[], timeZone: string): NoticeDraft {
  const shown = [...new Set([...withEnglish(languages), ...Object.keys(notice.messages)])];
  return {
    severity: notice.severity,
    texts: Object.fromEntries(
      shown.map((language) => {
        const message = notice.messages[language];
        return [language, message ? { headline: message.headline, body: message.body } : { ...emptyText }];
      }),
    ),
    startsAt: siteLocalOfIso(notice.startsAt, timeZone),
    endsAt: notice.endsAt === null ? '' : siteLocalOfIso(notice.endsAt, timeZone),
    kiosks: notice.targets.kiosks,
    displays: notice.targets.displays,
    desks: notice.targets.desks,
    onlyDevices: notice.targets.deviceIds !== null,
    deviceIds: notice.targets.deviceIds ?? [],
    closing: notice.closing !== null,
    closingServiceIds: notice.closing?.serviceIds ?? [],
    closingFrom: notice.closing ? siteLocalOfIso(notice.closing.from, timeZone) : '',
  };
}

const filled = (text: DraftText) => text.headline.trim() !== '' || text.body.trim() !== '';

/** The languages other than English whose fields are both empty: they will show the English text. */
export function emptyLanguages(draft: NoticeDraft): string[] {
  return Object.entries(draft.texts)
    .filter(([language, text]) => language !== 'en' && !filled(text))
    .map(([language]) => language);
}

/** The body the hub takes (not yet checked). English is always sent, so a blank headline is named as such. */
export function candidateOf(draft: NoticeDraft, timeZone: string): unknown {
  const messages = Object.fromEntries(
    Object.entries(draft.texts).filter(([language, text]) => language === 'en' || filled(text)),
  );
  return {
    severity: draft.severity,
    messages,
    startsAt: isoOfSiteLocal(draft.startsAt, timeZone) ?? '',
    endsAt: draft.endsAt.trim() === '' ? null : (isoOfSiteLocal(draft.endsAt, timeZone) ?? ''),
    targets: {
      kiosks: draft.kiosks,
      displays: draft.displays,
      desks: draft.desks,
      deviceIds: draft.onlyDevices && (draft.kiosks || draft.displays) ? draft.deviceIds : null,
    },
    closing: draft.closing
      ? { serviceIds: draft.closingServiceIds, from: isoOfSiteLocal(draft.closingFrom, timeZone) ?? '' }
      : null,
  };
}

/** One schema issue as a problem on the field it is about. */
export function problemOf(issue: z.core.$ZodIssue): DraftProblem {
  const [first, second, third] = issue.path.map(String);
  if (first === 'messages' && second !== undefined) {
    const language = languageName(second);
    if (third === 'body')
      return { fieldId: fieldIds.body(second), text: t('problem.bodyLong', { language }) };
    const key =
      issue.code === 'too_big'
        ? 'problem.headlineLong'
        : second === 'en'
          ? 'problem.englishHeadline'
          : 'problem.headline';
    return { fieldId: fieldIds.headline(second), text: t(key, { language }) };
  }
  if (first === 'severity') return { fieldId: fieldIds.severity, text: t('problem.severity') };
  if (first === 'startsAt') return { fieldId: fieldIds.startsAt, text: t('problem.startsAt') };
  if (first === 'endsAt') {
    const key = issue.code === 'custom' ? 'problem.endsBeforeStart' : 'problem.endsAt';
    return { fieldId: fieldIds.endsAt, text: t(key) };
  }
  if (first === 'targets') {
    if (second === 'deviceIds') return { fieldId: fieldIds.devices, text: t('problem.tooManyDevices') };
    return { fieldId: fieldIds.targets, text: t('problem.targets') };
  }
  if (first === 'closing') {
    if (second === 'from') return { fieldId: fieldIds.closingFrom, text: t('problem.closingFrom') };
    return { fieldId: fieldIds.closingServices, text: t('problem.closingServices') };
  }
  return { fieldId: fieldIds.severity, text: t('problem.other', { message: issue.message }) };
}

/** Where each field sits in the form, so the summary lists problems top to bottom. */
function fieldOrder(draft: NoticeDraft): string[] {
  return [
    fieldIds.severity,
    ...Object.keys(draft.texts).flatMap((language) => [fieldIds.headline(language), fieldIds.body(language)]),
    fieldIds.startsAt,
    fieldIds.endsAt,
    fieldIds.targets,
    fieldIds.devices,
    fieldIds.closingServices,
    fieldIds.closingFrom,
  ];
}

/** Checks the form with NoticeBody (plus: "only these devices" needs at least one) and builds the body. */
export function bodyOfDraft(draft: NoticeDraft, timeZone: string): DraftResult {
  const parsed = NoticeBody.safeParse(candidateOf(draft, timeZone));
  const problems = parsed.success ? [] : parsed.error.issues.map(problemOf);
  const narrowsDevices = draft.kiosks || draft.displays;
  if (draft.onlyDevices && narrowsDevices && draft.deviceIds.length === 0) {
    problems.push({ fieldId: fieldIds.devices, text: t('problem.noDevices') });
  }
  const starts = isoOfSiteLocal(draft.startsAt, timeZone);
  const ends = isoOfSiteLocal(draft.endsAt, timeZone);
  if (starts !== null && ends !== null && ends <= starts) {
    problems.push({ fieldId: fieldIds.endsAt, text: t('problem.endsBeforeStart') });
  }
  if (problems.length === 0 && parsed.success) return { kind: 'ok', body: parsed.data };
  const order = fieldOrder(draft);
  const seen = new Set<string>();
  const unique = problems.filter((problem) => !seen.has(problem.fieldId) && seen.add(problem.fieldId));
  unique.sort((a, b) => order.indexOf(a.fieldId) - order.indexOf(b.fieldId));
  return { kind: 'invalid', problems: unique };
}
