// The notices list in three parts: showing now (most serious first), upcoming (soonest first), and ended or
// withdrawn in the last 7 days (most recently ended first), by the screen's own clock.
import type { Notice, NoticeSeverity } from '../../../../machines/contracts/notices.js';
import { isShowing } from '../../../../machines/notices/activeNotices.js';

export type NoticePhase = 'showing' | 'upcoming' | 'ended';

export interface NoticeGroups {
  showing: Notice[];
  upcoming: Notice[];
  ended: Notice[];
}

/** How long an ended or withdrawn notice stays in the list. */
export const endedListMs = 7 * 24 * 60 * 60 * 1000;

const severityRank: Record<NoticeSeverity, number> = { emergency: 0, warning: 1, information: 2 };

/** When the notice stopped showing (withdrawn, or its end passed), or null while it has not. */
export function endedAt(notice: Notice, now: Date): string | null {
  const ends = notice.endsAt !== null && Date.parse(notice.endsAt) <= now.getTime() ? notice.endsAt : null;
  const moments = [notice.withdrawnAt, ends].filter((m): m is string => m !== null);
  if (moments.length === 0) return null;
  return moments.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b));
}

export function phaseOf(notice: Notice, now: Date): NoticePhase {
  if (endedAt(notice, now) !== null) return 'ended';
  return isShowing(notice, now) ? 'showing' : 'upcoming';
}

export function groupNotices(notices: readonly Notice[], now: Date): NoticeGroups {
  const groups: NoticeGroups = { showing: [], upcoming: [], ended: [] };
  for (const notice of notices) {
    const phase = phaseOf(notice, now);
    if (phase === 'ended' && now.getTime() - Date.parse(endedAt(notice, now) as string) > endedListMs)
      continue;
    groups[phase].push(notice);
  }
  groups.showing.sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] || Date.parse(b.startsAt) - Date.parse(a.startsAt),
  );
  groups.upcoming.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  groups.ended.sort((a, b) => Date.parse(endedAt(b, now) as string) - Date.parse(endedAt(a, now) as string));
  return groups;
}
