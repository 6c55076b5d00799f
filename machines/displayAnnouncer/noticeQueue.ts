// The notice side of the lobby announcer, as pure functions: which notices show, which parts (one notice in one
// language) wait to be spoken, which are dropped (withdrawn, ended, changed), and when an emergency repeats.
import type { DeviceNotice } from '../contracts/notices.js';
import { activeNotices } from '../notices/activeNotices.js';

/** One notice in one language, spoken as one announcement. */
export interface NoticePart {
  notice: DeviceNotice;
  language: string;
}

/** The languages a notice has text in: English first, then the others in the order the notice gives them. */
export function noticeLanguages(notice: Pick<DeviceNotice, 'messages'>): string[] {
  const others = Object.keys(notice.messages).filter((l) => l !== 'en');
  return notice.messages.en ? ['en', ...others] : others;
}

/** How many notice versions the announcer remembers as spoken. */
export const spokenLimit = 200;

/** A notice version: a new version (a change) is a new announcement; the same version is never spoken twice. */
export function noticeKey(notice: Pick<DeviceNotice, 'id' | 'version'>): string {
  return `${notice.id}@${notice.version}`;
}

export function isEmergencyShowing(showing: readonly DeviceNotice[]): boolean {
  return showing.some((n) => n.severity === 'emergency');
}

/**
 * The parts to speak for one notice, one after another: English always, then each other language the notice has
 * text in and the display has a voice for (`voiceLanguages`), in the notice's own order.
 */
export function partsFor(notice: DeviceNotice, voiceLanguages: readonly string[]): NoticePart[] {
  const others = noticeLanguages(notice).filter((l) => l !== 'en' && voiceLanguages.includes(l));
  return ['en', ...others].map((language) => ({ notice, language }));
}

export interface NoticeQueueState {
  showing: DeviceNotice[];
  noticeQueue: NoticePart[];
  spokenNotices: string[];
}

/**
 * Folds the latest notices list at `now` (the display's clock, ms): the showing set; queued parts whose notice
 * version no longer shows (withdrawn, ended, changed) dropped; each newly showing version queued once.
 */
export function absorbNotices(
  state: Pick<NoticeQueueState, 'noticeQueue' | 'spokenNotices'>,
  notices: readonly DeviceNotice[],
  now: number,
  voiceLanguages: readonly string[],
): NoticeQueueState {
  const showing = activeNotices(notices, new Date(now));
  const keys = new Set(showing.map(noticeKey));
  const kept = state.noticeQueue.filter((p) => keys.has(noticeKey(p.notice)));
  const fresh = showing.filter((n) => !state.spokenNotices.includes(noticeKey(n)));
  const spoken = state.spokenNotices.concat(fresh.map(noticeKey));
  return {
    showing,
    noticeQueue: kept.concat(fresh.flatMap((n) => partsFor(n, voiceLanguages))),
    spokenNotices: spoken.length > spokenLimit ? spoken.slice(spoken.length - spokenLimit) : spoken,
  };
}

/** True when `part`'s notice version is not among `notices` showing at `now` (it must stop being spoken). */
export function partGone(part: NoticePart, notices: readonly DeviceNotice[], now: number): boolean {
  const key = noticeKey(part.notice);
  return !activeNotices(notices, new Date(now)).some((n) => noticeKey(n) === key);
}

/** The queue with every showing emergency queued again (unless already waiting or being spoken). */
export function queueEmergencyRepeat(
  state: Pick<NoticeQueueState, 'showing' | 'noticeQueue'>,
  current: NoticePart | null,
  voiceLanguages: readonly string[],
): NoticePart[] {
  const busy = new Set(state.noticeQueue.map((p) => noticeKey(p.notice)));
  if (current) busy.add(noticeKey(current.notice));
  const again = state.showing.filter((n) => n.severity === 'emergency' && !busy.has(noticeKey(n)));
  return state.noticeQueue.concat(again.flatMap((n) => partsFor(n, voiceLanguages)));
}

/**
 * Where the next part to speak sits in the queue, or -1: while an emergency shows only emergency parts are
 * spoken (the others wait); otherwise the queue is first come, first spoken.
 */
export function nextPartIndex(state: Pick<NoticeQueueState, 'showing' | 'noticeQueue'>): number {
  if (!isEmergencyShowing(state.showing)) return state.noticeQueue.length > 0 ? 0 : -1;
  return state.noticeQueue.findIndex((p) => p.notice.severity === 'emergency');
}
