// Which notices show now, by the receiver's own clock, and when that next changes: one pure rule for the hub,
// the kiosk agent, and every screen, so a device cut off from the hub still starts and ends notices on time.
import type { DeviceNotice, NoticeMessage, NoticeSeverity } from '../contracts/notices.js';

const severityRank: Record<NoticeSeverity, number> = { emergency: 0, warning: 1, information: 2 };

/** Started (startsAt ≤ now) and not ended (now < endsAt). */
export function isShowing(notice: Pick<DeviceNotice, 'startsAt' | 'endsAt'>, now: Date): boolean {
  const at = now.getTime();
  return Date.parse(notice.startsAt) <= at && (notice.endsAt === null || at < Date.parse(notice.endsAt));
}

/** The notices showing at `now`, emergencies first, then warnings, then information; newest start first. */
export function activeNotices<N extends DeviceNotice>(notices: readonly N[], now: Date): N[] {
  return notices
    .filter((n) => isShowing(n, now))
    .sort(
      (a, b) => severityRank[a.severity] - severityRank[b.severity] || b.startsAt.localeCompare(a.startsAt),
    );
}

/** The emergency that takes over a kiosk now (the newest), or null. */
export function activeEmergency<N extends DeviceNotice>(notices: readonly N[], now: Date): N | null {
  return activeNotices(notices, now).find((n) => n.severity === 'emergency') ?? null;
}

/**
 * Milliseconds until the showing set can next change (a start, an end, or a closing time), or null when no
 * such moment is ahead. Timers wait this long and then ask `activeNotices` again.
 */
export function msUntilNextChange(notices: readonly DeviceNotice[], now: Date): number | null {
  const at = now.getTime();
  let next: number | null = null;
  for (const notice of notices) {
    const moments = [notice.startsAt, notice.endsAt, notice.closing?.from ?? null];
    for (const moment of moments) {
      if (moment === null) continue;
      const time = Date.parse(moment);
      if (time > at && (next === null || time < next)) next = time;
    }
  }
  return next === null ? null : next - at;
}

/** The notice in the visitor's language, or in English with `fallback: true` (screens say so visibly). */
export function noticeText(
  notice: Pick<DeviceNotice, 'messages'>,
  language: string,
): { message: NoticeMessage; language: string; fallback: boolean } {
  const own = notice.messages[language];
  if (own) return { message: own, language, fallback: false };
  const english = notice.messages.en;
  if (!english) throw new Error('a notice without English text reached a screen');
  return { message: english, language: 'en', fallback: language !== 'en' };
}

/** The showing notice that stops tickets for `serviceId` at `now` (its closing time has come), or null. */
export function closingNoticeFor<N extends DeviceNotice>(
  notices: readonly N[],
  serviceId: string,
  now: Date,
): N | null {
  return (
    activeNotices(notices, now).find((n) => {
      if (!n.closing) return false;
      return n.closing.serviceIds.includes(serviceId) && Date.parse(n.closing.from) <= now.getTime();
    }) ?? null
  );
}
