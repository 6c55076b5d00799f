// How the notices panel words a notice: severity, where it shows, closing early, its times and the languages
// that will fall back to English.
import type {
  Notice,
  NoticeClosing,
  NoticeSeverity,
  NoticeTargets,
} from '../../../../machines/contracts/notices.js';
import { languageName } from '../../desk/ticketFacts.js';
import { formatWhen } from '../maintenanceText.js';
import { t } from './noticesText.js';

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

export const severityText = (severity: NoticeSeverity): string => t(`severity.${severity}`);

/** "Kiosks, displays and desks", or with `deviceIds` "Desks, and only these kiosks: Lobby kiosk and Side kiosk". */
export function targetsText(targets: NoticeTargets, deviceName: (id: string) => string): string {
  const kinds = (['kiosks', 'displays', 'desks'] as const).filter((kind) => targets[kind]);
  const narrowed = kinds.filter((kind) => kind !== 'desks').map((kind) => t(`targets.${kind}`));
  if (targets.deviceIds === null || narrowed.length === 0) {
    return capitalise(list.format(kinds.map((kind) => t(`targets.${kind}`))));
  }
  const devices = list.format(targets.deviceIds.map(deviceName));
  const only = t('targets.only', { kinds: list.format(narrowed), devices });
  return targets.desks ? t('targets.desksAnd', { only }) : capitalise(only);
}

/** "Stops tickets for Parking and Permits from Nov 26, 2026, 3:00 PM", or "No". */
export function closingText(
  closing: NoticeClosing | null,
  serviceName: (id: string) => string,
  timeZone: string,
): string {
  if (closing === null) return t('closing.none');
  return t('closing.stops', {
    services: list.format(closing.serviceIds.map(serviceName)),
    from: formatWhen(closing.from, timeZone),
  });
}

export const startsText = (notice: Pick<Notice, 'startsAt'>, timeZone: string): string =>
  formatWhen(notice.startsAt, timeZone);

/** The end, "Until withdrawn", or when it was withdrawn and why (when a reason was given). */
export function endsText(
  notice: Pick<Notice, 'endsAt' | 'withdrawnAt' | 'withdrawnReason'>,
  timeZone: string,
): string {
  if (notice.withdrawnAt !== null) {
    const when = formatWhen(notice.withdrawnAt, timeZone);
    return notice.withdrawnReason
      ? t('ends.withdrawnBecause', { when, reason: notice.withdrawnReason })
      : t('ends.withdrawn', { when });
  }
  return notice.endsAt === null ? t('ends.never') : formatWhen(notice.endsAt, timeZone);
}

/** The site languages a notice has no text for, by English name ("Spanish"), English never among them. */
export function fallbackLanguages(
  messages: Readonly<Record<string, unknown>>,
  languages: readonly string[],
): string[] {
  return languages
    .filter((language) => language !== 'en' && messages[language] === undefined)
    .map(languageName);
}

/** "Spanish and Chinese will show the English text", or null when every language has its own. */
export function fallbackText(names: readonly string[]): string | null {
  return names.length === 0 ? null : t('fallback', { languages: list.format(names) });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
