// The public and emergency notices showing now, at the top of the desk (on the counter picker too): severity, headline, body and
// until when, so staff know what visitors are being told. A newly showing notice is announced (an emergency as
// an alert). Showing is decided by the hub's clock and changes at the exact moment a notice starts or ends.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DeviceNotice } from '../../../machines/contracts/notices.js';
import { noticeKey } from '../../../machines/displayAnnouncer/noticeQueue.js';
import { noticeText } from '../../../machines/notices/activeNotices.js';
import type { HubBridge } from '../../bridge/hubBridge.js';
import { useStaffNotices } from '../../shared/useStaffStream.js';
import { useShowingNotices } from '../display/useShowingNotices.js';
import { t } from './deskText.js';

/** "Until 5:00 PM" the same day in the site's zone, "Until Fri, Nov 27, 9:00 AM" later, or "Until withdrawn". */
export function untilText(endsAt: string | null, nowMs: number, timeZone: string | undefined): string {
  if (endsAt === null) return t('notices.untilWithdrawn');
  const end = Date.parse(endsAt);
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const sameDay = day.format(end) === day.format(nowMs);
  const when = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    ...(sameDay ? {} : { weekday: 'short', month: 'short', day: 'numeric' }),
  }).format(end);
  return t('notices.until', { when });
}

/** What to announce for the notices in `showing` whose version is not in `known`: polite, and alert (emergencies). */
export function announcementsFor(
  known: ReadonlySet<string>,
  showing: readonly DeviceNotice[],
): { polite: string; alert: string } {
  const fresh = showing.filter((n) => !known.has(noticeKey(n)));
  const say = (n: DeviceNotice) =>
    t('notices.new', { severity: n.severity, headline: noticeText(n, 'en').message.headline });
  return {
    polite: fresh
      .filter((n) => n.severity !== 'emergency')
      .map(say)
      .join(' '),
    alert: fresh
      .filter((n) => n.severity === 'emergency')
      .map(say)
      .join(' '),
  };
}

interface Props {
  bridge: HubBridge;
  /** The hub's clock (ms) as the desk last read it. */
  nowMs: number;
  timeZone: string | undefined;
}

export function NoticesBanner({ bridge, nowMs, timeZone }: Props) {
  const notices = useStaffNotices(bridge);
  const offset = useMemo(() => nowMs - Date.now(), [nowMs]);
  const { showing, nowMs: at } = useShowingNotices(notices, offset);
  const known = useRef(new Set<string>());
  const [said, setSaid] = useState({ polite: '', alert: '' });

  useEffect(() => {
    const next = announcementsFor(known.current, showing);
    known.current = new Set(showing.map(noticeKey));
    if (next.polite || next.alert) setSaid(next);
  }, [showing]);

  return (
    <section
      className="desk-notices"
      data-testid="desk-notices"
      aria-labelledby={showing.length > 0 ? 'desk-notices-heading' : undefined}
    >
      {showing.length > 0 && (
        <>
          <h2 id="desk-notices-heading" className="visually-hidden">
            {t('notices.heading')}
          </h2>
          <ul className="desk-notices__list">
            {showing.map((notice) => {
              const { message } = noticeText(notice, 'en');
              return (
                <li key={notice.id} className={`desk-notice desk-notice--${notice.severity}`}>
                  <p className="desk-notice__headline">
                    <strong className="desk-notice__severity">
                      {t(`notices.severity.${notice.severity}`)}:
                    </strong>{' '}
                    {message.headline}
                  </p>
                  {message.body && <p className="desk-notice__body">{message.body}</p>}
                  <p className="desk-notice__until">{untilText(notice.endsAt, at, timeZone)}</p>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div role="status" className="visually-hidden">
        {said.polite}
      </div>
      <div role="alert" className="visually-hidden">
        {said.alert}
      </div>
    </section>
  );
}
