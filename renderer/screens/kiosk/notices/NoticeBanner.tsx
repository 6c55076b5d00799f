// Information and warning notices as a banner above every kiosk screen, in the visitor's language (English
// before a language is chosen, or visibly when not translated). A warning is an alert, information a status.
import type { DeviceNotice } from '../../../../machines/contracts/notices.js';
import { useText } from '../kioskText.js';
import { NoticeWords } from './noticeWords.js';

export function NoticeBanner({ notices }: { notices: readonly DeviceNotice[] }) {
  const { info: t } = useText();
  if (notices.length === 0) return null;
  return (
    <div className="notice-banners">
      {notices.map((notice) => (
        <div
          key={notice.id}
          role={notice.severity === 'warning' ? 'alert' : 'status'}
          className={`notice-banner notice-banner--${notice.severity}`}
          data-testid="notice-banner"
          data-severity={notice.severity}
        >
          <span className="notice-banner__kind">{t(`notice.${notice.severity}`)}</span>
          <NoticeWords notice={notice} />
        </div>
      ))}
    </div>
  );
}
