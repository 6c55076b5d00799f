// The kiosk's notices by its own clock: which show now, which services a closing-early notice has stopped, when
// to look again, and the guards' view of an event's notices (the new list on `notices.updated`).
import type { DeviceNotice } from '../contracts/notices.js';
import { activeEmergency, activeNotices, msUntilNextChange } from '../notices/activeNotices.js';
import type { KioskFlowContext, KioskFlowEvent } from './visitContext.js';

/** The longest wait before the notices are checked again (also keeps timers well inside setTimeout's range). */
export const NOTICE_CHECK_MAX_MS = 60 * 60 * 1000;

/** The showing set and the services stopped early, at `now`. */
export function noticesAt(
  notices: readonly DeviceNotice[],
  now: Date,
): Pick<KioskFlowContext, 'showing' | 'closedEarly'> {
  const showing = activeNotices(notices, now);
  const closedEarly: Record<string, string> = {};
  for (const notice of showing) {
    if (!notice.closing || Date.parse(notice.closing.from) > now.getTime()) continue;
    for (const serviceId of notice.closing.serviceIds) closedEarly[serviceId] ??= notice.id;
  }
  return { showing, closedEarly };
}

/** How long until the notices should be checked again, or null when nothing is ahead. */
export function nextNoticeCheckMs(notices: readonly DeviceNotice[], now: Date): number | null {
  const ms = msUntilNextChange(notices, now);
  return ms === null ? null : Math.min(ms, NOTICE_CHECK_MAX_MS);
}

/** The notices as they will be after this event: the new list on `notices.updated`, else the kept one. */
export function noticesAfter(context: KioskFlowContext, event: KioskFlowEvent): DeviceNotice[] {
  return event.type === 'notices.updated' ? event.notices : context.notices;
}

/** True when an emergency notice shows now (after this event). */
export function emergencyShowing(context: KioskFlowContext, event: KioskFlowEvent): boolean {
  return activeEmergency(noticesAfter(context, event), context.now()) !== null;
}

/** The emergency on screen (the newest showing), or null. */
export function shownEmergency(context: Pick<KioskFlowContext, 'showing'>): DeviceNotice | null {
  return context.showing.find((n) => n.severity === 'emergency') ?? null;
}

/** The information and warning notices for the banner, warnings first. */
export function bannerNotices(context: Pick<KioskFlowContext, 'showing'>): DeviceNotice[] {
  return context.showing.filter((n) => n.severity !== 'emergency');
}

/** The closing-early notice that stopped a service (known to this kiosk), or null. */
export function closingNoticeOf(
  context: { notices: readonly DeviceNotice[] },
  noticeId: string | null | undefined,
): DeviceNotice | null {
  if (!noticeId) return null;
  return context.notices.find((n) => n.id === noticeId) ?? null;
}
