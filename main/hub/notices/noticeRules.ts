// Which receivers a notice is for, whether it is over, and what a device may see of it.
import type { DeviceNotice, Notice } from '../../../machines/contracts/index.js';

/**
 * Who receives notices: a kiosk or display device (deviceId null: a member of staff watching that stream, who
 * sees every notice of that kind), or the desks (every staff stream).
 */
export type NoticeReceiver = { kind: 'kiosk' | 'display'; deviceId: string | null } | { kind: 'desk' };

/** Ended by the clock (now ≥ endsAt) or withdrawn. */
export function isOver(notice: Notice, now: Date): boolean {
  return (
    notice.withdrawnAt !== null || (notice.endsAt !== null && Date.parse(notice.endsAt) <= now.getTime())
  );
}

/** Whether `notice` is targeted at `receiver`; `deviceIds` narrows kiosks and displays, never desks. */
export function isFor(notice: Notice, receiver: NoticeReceiver): boolean {
  const { targets } = notice;
  if (receiver.kind === 'desk') return targets.desks;
  const kindChosen = receiver.kind === 'kiosk' ? targets.kiosks : targets.displays;
  if (!kindChosen) return false;
  return (
    receiver.deviceId === null || targets.deviceIds === null || targets.deviceIds.includes(receiver.deviceId)
  );
}

/** The device view: no targets, authors or withdrawal. */
export function deviceNoticeOf(notice: Notice): DeviceNotice {
  return {
    id: notice.id,
    version: notice.version,
    severity: notice.severity,
    messages: notice.messages,
    startsAt: notice.startsAt,
    endsAt: notice.endsAt,
    closing: notice.closing,
  };
}
